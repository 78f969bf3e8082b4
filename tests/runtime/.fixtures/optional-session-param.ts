import { Session } from 'abstractllm';

const defaultSession = new Session({ provider: 'openai', model: 'gpt-4o-mini' });

// Callers may pass a session of their own; otherwise the shared one is used.
export async function summarise(text: string, session?: Session): Promise<string> {
  session = session ?? defaultSession;
  const reply = await session.generate(`Summarise: ${text}`);
  return reply.content;
}

export async function main() {
  const own = new Session({ provider: 'anthropic' });
  const a = await summarise('The quarterly numbers are up.');
  const b = await summarise('The launch slipped a week.', own);
  return [a, b];
}
