// A multi-agent router: keyword routes to specialists, with an overloaded dispatch helper.
import { Session } from 'abstractllm';

const specialists = {
  billing: new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }),
  tech: new Session({ provider: 'anthropic', tools: [] }),
  general: new Session(),
};
type Desk = keyof typeof specialists;

function route(text: string): Desk {
  if (/invoice|refund/i.test(text)) return 'billing';
  return /error|crash/i.test(text) ? 'tech' : 'general';
}

function dispatch(text: string): Promise<string>;
function dispatch(text: string, desk: Desk): Promise<string>;
async function dispatch(text: string, desk: Desk = route(text)): Promise<string> {
  const session = specialists[desk];
  const reply = desk === 'tech' ? await session.generateWithTools(text) : await session.generate(text);
  return `${desk}@${session.id}: ${reply.content}`;
}

export async function main() {
  const tickets = ['Where is my invoice?', 'The app crashes on start', 'Hello there'];
  const routed = await Promise.all(tickets.map((t) => dispatch(t)));
  routed.push(await dispatch('forwarded', 'billing'));
  const load = Object.fromEntries(Object.entries(specialists).map(([desk, s]) => [desk, s.messages.length]));
  return { routed, load };
}
