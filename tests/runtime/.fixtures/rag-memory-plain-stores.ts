import { Session } from 'abstractllm';
import { HierarchicalMemory, summarize, type MemoryItem } from 'abstractllm/memory';

/** Anything that can be searched for context: the memory, or a fixed FAQ of the same shape. */
interface Store {
  search(query: string, limit?: number): MemoryItem[];
  clear(): void;
}

const faq: Store = {
  search: (query) => [{ content: `FAQ entry for ${query}`, level: 'semantic', createdAt: new Date(0) }],
  clear: () => console.log('faq is read-only'),
};
const memory = new HierarchicalMemory({ capacity: 50 });
const stores: Store[] = [memory, faq];
const session = new Session({ provider: 'mistral', enableMemory: true, persistMemory: './rag' });

export async function ask(question: string): Promise<string> {
  const hits = stores.flatMap((store) => store.search(question, 2));
  const context = summarize(hits);
  const reply = await session.generate(`Context:\n${context}\n\nQ: ${question}`, { createReactCycle: true });
  return reply.content;
}

export async function main() {
  const answers = [await ask('refund policy'), await ask('shipping times')];
  for (const store of stores) store.clear();
  return { answers, turns: session.getHistory().length };
}
