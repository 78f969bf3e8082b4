import { createLLM } from 'abstractllm';
import { Session } from 'abstractllm/session';

const keywords = createLLM('openai', { model: 'gpt-4o-mini' });
const session = new Session({ provider: 'openai', model: 'gpt-4o' });

export async function answerWithContext(question: string) {
  const context = await keywords.generate(`Keywords for: ${question}`);
  session.addMessage('system', `Context keywords: ${context.content}`);
  return session.generate(question);
}

export async function main() {
  const reply = await answerWithContext('How do I migrate to 2.0?');
  return { reply, session: session.id };
}
