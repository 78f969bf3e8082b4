/**
 * Stand-in for `abstractllm/memory/hierarchical` 1.x, built on the 2.0 `TemporalMemory`
 * (MIGRATION.md F: same options; `search` and `clear` keep their names).
 */
import { TemporalMemory, type MemoryItem } from '../../../v2/abstractmemory.js';
import { sameInstance } from '../../../recorder.js';

export type { MemoryItem, MemoryLevel } from '../../../v2/abstractmemory.js';

/** @deprecated since 2.0: use TemporalMemory from 'abstractmemory'. */
export class HierarchicalMemory {
  readonly #memory: TemporalMemory;

  constructor(options?: { capacity?: number }) {
    this.#memory = new TemporalMemory(options);
    sameInstance(this, this.#memory);
  }

  /** No 2.0 meaning (MIGRATION.md F: no automatic replacement), so no stand-in behaviour either. */
  addToWorkingMemory(_item: string | MemoryItem): void {
    throw new Error('HierarchicalMemory.addToWorkingMemory has no 2.0 equivalent: the 1.x stand-in cannot run it');
  }

  search(query: string, limit?: number): MemoryItem[] {
    return this.#memory.search(query, limit);
  }

  clear(): void {
    this.#memory.clear();
  }
}
