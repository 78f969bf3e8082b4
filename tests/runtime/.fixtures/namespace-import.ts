import * as llm from 'abstractllm';

// Everything from the package through one namespace, as in the 1.x README.
const session = new llm.Session({ provider: 'openai', model: 'gpt-4o-mini' });
const scratchpad = new llm.BasicSession({ provider: 'openai' });

export async function brainstorm(topic: string) {
  scratchpad.addMessage('user', `Ideas about ${topic}`);
  const ideas = await session.generate(`Brainstorm five ideas about ${topic}`, { createReactCycle: true });
  return { ideas: ideas.content, session: session.id, scratch: scratchpad.id };
}

export async function main() {
  return brainstorm('release notes');
}
