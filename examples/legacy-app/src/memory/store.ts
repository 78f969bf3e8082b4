import { HierarchicalMemory } from 'abstractllm/memory';
import type { MemoryItem } from 'abstractllm/memory/hierarchical';
import { FactsExtractor } from 'abstractllm/cognitive/facts';

/** What the desk remembers about a customer between conversations. */
export class CustomerMemory {
  private readonly memory = new HierarchicalMemory({ capacity: 500 });

  remember(note: string): void {
    this.memory.addToWorkingMemory(note);
  }

  recall(query: string): MemoryItem[] {
    return this.memory.search(query, 5);
  }

  forget(): void {
    this.memory.clear();
  }
}

const extractor = new FactsExtractor({ minConfidence: 0.8 });

export const factsOf = (text: string) => extractor.extract(text);
