// A notes app: one memory per notebook in a Map, searched together, consolidated on a timer.
import { Session } from 'abstractllm';
import { HierarchicalMemory, summarize, type MemoryItem } from 'abstractllm/memory';

const notebooks = new Map<string, HierarchicalMemory>([
  ['work', new HierarchicalMemory({ capacity: 200 })],
  ['home', new HierarchicalMemory({ capacity: 50 })],
]);
const writer = new Session({ provider: 'openai', model: 'gpt-4o-mini', enableMemory: true, persistMemory: './notes' });

function searchAll(query: string, limit = 2): MemoryItem[] {
  const hits: MemoryItem[] = [];
  for (const [, memory] of notebooks) hits.push(...memory.search(query, limit));
  return hits;
}

function consolidateLater(memory: HierarchicalMemory, delay: number): Promise<void> {
  return new Promise((resolve) => setTimeout(() => resolve(memory.clear()), delay));
}

export async function main() {
  const hits = searchAll('dentist');
  const digest = await writer.generate(`Summarise my notes: ${summarize(hits)}`, { createReactCycle: true });
  await Promise.all([...notebooks.values()].map((memory, index) => consolidateLater(memory, index)));
  notebooks.get('home')!.clear();
  return { digest: digest.content, hits: hits.length, turns: writer.messages.length };
}
