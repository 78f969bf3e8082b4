import { HierarchicalMemory as Store } from 'abstractllm/memory/hierarchical';
import { summarize, type MemoryItem } from 'abstractllm/memory';

/** A small cache of what each customer talked about, pruned by a nightly job. */
export class CustomerNotes {
  private readonly stores = new Map<string, Store>();

  storeFor(customer: string): Store {
    let store = this.stores.get(customer);
    if (!store) {
      store = new Store({ capacity: 20 });
      this.stores.set(customer, store);
    }
    return store;
  }

  recall(customer: string, topic: string): string {
    const hits: MemoryItem[] = this.storeFor(customer).search(topic, 5);
    return hits.length > 0 ? summarize(hits) : `no notes on ${topic}`;
  }

  prune(): number {
    for (const store of this.stores.values()) store.clear();
    return this.stores.size;
  }
}

export function main() {
  const notes = new CustomerNotes();
  const before = [notes.recall('acme', 'invoices'), notes.recall('globex', 'refunds')];
  return { before, pruned: notes.prune() };
}
