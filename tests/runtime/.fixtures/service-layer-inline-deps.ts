import { HierarchicalMemory, Session } from 'abstractllm';

/** A service wired by the composition root; its collaborators come in by constructor. */
export class AnswerService {
  constructor(private readonly deps: { agent: Session; memory: HierarchicalMemory }) {}

  async answer(question: string): Promise<string> {
    const hits = this.deps.memory.search(question, 3);
    this.deps.agent.addMessage('system', `Context items: ${hits.length}`);
    const reply = await this.deps.agent.generate(question, { createReactCycle: hits.length > 0 });
    return `${this.deps.agent.id}: ${reply.content}`;
  }

  history(): number {
    const { agent, memory } = this.deps;
    memory.clear();
    return agent.getHistory({ includeSystem: true }).length + agent.messages.length;
  }
}

export async function main() {
  const service = new AnswerService({
    agent: new Session({ provider: 'anthropic', model: 'claude-3-haiku', enableReact: true }),
    memory: new HierarchicalMemory({ capacity: 25 }),
  });
  const first = await service.answer('What is our refund policy?');
  const second = await service.answer('And for digital goods?');
  return { first, second, history: service.history() };
}
