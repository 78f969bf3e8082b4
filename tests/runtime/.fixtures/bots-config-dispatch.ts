// Bots configured in an object literal, picked with a switch and listed through an array of them.
import { Session } from 'abstractllm';

const bots = {
  support: new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }),
  sales: new Session({ provider: 'anthropic', tools: [] }),
};
const everyone = [bots.support, bots.sales];

function pick(kind: string): Session {
  switch (kind) {
    case 'sales':
      return bots.sales;
    default:
      return bots.support;
  }
}

export async function handle(kind: string, text: string): Promise<string> {
  const bot = pick(kind);
  bot.addMessage('user', text);
  const reply = await bot.generate(text, { useTools: kind !== 'sales' });
  return `${bot.id}: ${reply.content}`;
}

export async function main() {
  const answers = [await handle('support', 'Where is my parcel?'), await handle('sales', 'Bulk pricing?')];
  bots.sales.save('./state/sales.json');
  return { answers, sizes: everyone.map((bot) => bot.messages.length) };
}
