import { HierarchicalMemory, Session } from 'abstractllm';

interface Deps {
  session: Session;
  memory: HierarchicalMemory;
  log: (line: string) => void;
}

export class TicketHandler {
  constructor(private readonly deps: Deps) {}

  async handle(ticket: string): Promise<string> {
    const related = this.deps.memory.search(ticket, 2);
    this.deps.session.addMessage('system', `Related tickets: ${related.length}`);
    const reply = await this.deps.session.generate(ticket, { useTools: false, createReactCycle: true });
    this.deps.log(`${this.deps.session.id} handled "${ticket}"`);
    return reply.content;
  }

  reset(): number {
    this.deps.memory.clear();
    return this.deps.session.getHistory({ includeSystem: false }).length;
  }
}

export async function main() {
  const deps: Deps = {
    session: new Session({ provider: 'openai', enableMemory: true, persistMemory: './tickets' }),
    memory: new HierarchicalMemory({ capacity: 50 }),
    log: (line) => console.log(line),
  };
  const handler = new TicketHandler(deps);
  const reply = await handler.handle('Printer on fire');
  return { reply, left: handler.reset() };
}
