import { Session } from 'abstractllm';

// Every option written out with its 1.x default, so reviewers see what the bot runs with.
export const bot = new Session({
  provider: undefined, // the default provider (ollama)
  model: 'llama3.1',
  enableMemory: false,
  persistMemory: undefined,
  tools: [],
  enableReact: true,
  enableRetry: true,
});

export async function main() {
  const reply = await bot.generate('Hello', { useTools: false, createReactCycle: false });
  return { reply: reply.content, id: bot.id };
}
