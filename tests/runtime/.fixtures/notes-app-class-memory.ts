// Memory held in class fields and handed between helpers; the session writes the answers.
import { Session, HierarchicalMemory } from 'abstractllm';

function recall(memory: HierarchicalMemory, query: string): string {
  return memory.search(query, 3).map((item) => item.content).join('; ') || 'no notes';
}

export class NotesApp {
  private readonly memory = new HierarchicalMemory({ capacity: 100 });
  readonly #archive: HierarchicalMemory = new HierarchicalMemory();
  private readonly session = new Session({ provider: 'anthropic', enableMemory: true });

  async answer(question: string): Promise<string> {
    const context = `${recall(this.memory, question)} | ${recall(this.#archive, question)}`;
    this.session.addMessage('system', `Notes: ${context}`);
    const reply = await this.session.generate(question);
    return reply.content;
  }

  archiveAll(): number {
    this.#archive.clear();
    this.memory.clear();
    return this.session.getHistory({ includeSystem: true }).length;
  }
}

export async function main() {
  const app = new NotesApp();
  const answer = await app.answer('When is the standup?');
  return { answer, kept: app.archiveAll() };
}
