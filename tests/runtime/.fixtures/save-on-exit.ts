import { Session } from 'abstractllm';

const shutdownHooks: (() => void)[] = [];
const chat = new Session({ provider: 'anthropic', model: 'claude-3-5-sonnet' });

shutdownHooks.push(() => chat.save(`./sessions/${chat.id}.json`));

export async function main() {
  await chat.generate('Plan a three-day trip to Lisbon');
  await chat.generate('Make day two cheaper', { createReactCycle: true });
  for (const hook of shutdownHooks) hook();
  console.log(`saved ${chat.messages.length} messages`);
  process.exit(0);
}
