import { Session } from 'abstractllm';
import { HierarchicalMemory } from 'abstractllm/memory/hierarchical';
import type { MemoryItem } from 'abstractllm/memory';

/** Two memories (short and long term) behind one assistant that recalls before it answers. */
export class Notebook {
  readonly shortTerm = new HierarchicalMemory({ capacity: 5 });
  readonly longTerm: HierarchicalMemory;
  private readonly session = new Session({ provider: 'ollama', enableMemory: true, persistMemory: './notebook' });

  constructor(capacity: number) {
    this.longTerm = new HierarchicalMemory({ capacity });
  }

  recall(query: string): MemoryItem[] {
    const recent = this.shortTerm.search(query, 2);
    return recent.length > 0 ? recent : this.longTerm.search(query, 5);
  }

  async ask(query: string): Promise<string> {
    const found = this.recall(query);
    const reply = await this.session.generate(`${query} (${found.length} notes)`);
    return reply.content;
  }

  forget(all: boolean): void {
    this.shortTerm.clear();
    if (all) this.longTerm.clear();
  }
}

export async function main() {
  const book = new Notebook(100);
  const answer = await book.ask('What did I plan for Friday?');
  book.forget(false);
  return { answer, after: book.recall('Friday').length };
}
