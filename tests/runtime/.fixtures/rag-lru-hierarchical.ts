// A memory-backed RAG helper with a small generic LRU cache of answers.
import { Session } from 'abstractllm';
import { HierarchicalMemory, type MemoryItem } from 'abstractllm/memory/hierarchical';

class Lru<K, V> {
  readonly #items = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    const value = this.#items.get(key);
    if (value !== undefined && this.#items.delete(key)) this.#items.set(key, value);
    return value;
  }
  set(key: K, value: V): void {
    this.#items.set(key, value);
    if (this.#items.size > this.limit) this.#items.delete(this.#items.keys().next().value!);
  }
}

const memory = new HierarchicalMemory({ capacity: 20 });
const answers = new Lru<string, string>(2);
const tenant = 'acme';
const session = new Session({ provider: 'anthropic', enableMemory: true, persistMemory: `./rag/${tenant}` });

const render = ({ content, level = 'working' }: Partial<MemoryItem>) => `[${level}] ${content ?? ''}`;

export async function ask(question: string): Promise<string> {
  const cached = answers.get(question);
  if (cached) return cached;
  const context = memory.search(question, 3).map(render).join('\n') || 'none';
  const { content } = await session.generate(`${context}\n\n${question}`, { createReactCycle: true, useTools: false });
  answers.set(question, content);
  return content;
}

export async function main() {
  const replies = [await ask('a'), await ask('b'), await ask('a'), await ask('c'), await ask('b')];
  memory.clear();
  return { replies, turns: session.getHistory({ includeSystem: false }).length };
}
