import { Session } from 'abstractllm';

// A classifier: no ReAct loop by default, but a careful second pass may reason step by step.
const classifier = new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false });

export async function classify(ticket: string, careful = false): Promise<'bug' | 'question'> {
  const prompt = `Classify as "bug" or "question": ${ticket}`;
  const reply = careful
    ? await classifier.generate(prompt, { createReactCycle: true })
    : await classifier.generate(prompt);
  return reply.content.includes('bug') ? 'bug' : 'question';
}

export async function main() {
  return [await classify('App crashes on start'), await classify('How do I export a chat?', true)];
}
