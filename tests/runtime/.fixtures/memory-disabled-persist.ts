import { Session } from 'abstractllm';

const config = {
  llm: { provider: 'openai', model: 'gpt-4o-mini' },
  memory: { enabled: false, dir: './memory' },
};

// Memory is switched off for the public demo; the path stays for when it comes back.
const demo = new Session({
  provider: config.llm.provider,
  model: config.llm.model,
  enableMemory: false,
  persistMemory: config.memory.dir,
});

export async function main() {
  const reply = await demo.generate('Introduce yourself in one sentence.');
  return { reply: reply.content, messages: demo.messages.length };
}
