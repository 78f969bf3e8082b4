// A CommonJS module in TypeScript that exports a class.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Session, HierarchicalMemory } = require('abstractllm');

class SupportAgent {
  private session = new Session({ provider: 'openai', enableMemory: true, persistMemory: './support' });
  private memory = new HierarchicalMemory({ capacity: 10 });

  async ask(question: string): Promise<string> {
    const known = this.memory.search(question, 1);
    this.session.addMessage('system', `known: ${known.length}`);
    const reply = await this.session.generate(question, { createReactCycle: true });
    return reply.content;
  }

  transcript(): string[] {
    return this.session.getHistory({ limit: 5 }).map((m: { role: string }) => m.role);
  }

  get id(): string {
    return this.session.id;
  }
}

async function main() {
  const agent = new SupportAgent();
  const answer = await agent.ask('Where is my order?');
  return { answer, transcript: agent.transcript(), id: agent.id };
}

module.exports = { SupportAgent, main };
