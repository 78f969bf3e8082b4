// Sessions kept in a config object literal, looked up by kind and listed with Object.entries/values.
import { Session } from 'abstractllm';

const bots = {
  support: new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }),
  sales: new Session({ provider: 'anthropic', enableMemory: true, persistMemory: './sales' }),
};

type Kind = keyof typeof bots;

export async function route(kind: Kind, text: string): Promise<string> {
  const reply = await bots[kind].generate(text, { useTools: kind === 'support' });
  return `${kind}: ${reply.content}`;
}

export function report(): string[] {
  const lines = Object.entries(bots).map(([kind, bot]) => `${kind}=${bot.id} (${bot.messages.length})`);
  for (const bot of Object.values(bots)) lines.push(`${bot.getHistory({ limit: 1 }).length}`);
  return lines;
}

export async function main() {
  const answers = [await route('support', 'My order is late'), await route('sales', 'Do you have a discount?')];
  bots.support.addMessage('system', 'Escalated');
  return { answers, report: report() };
}
