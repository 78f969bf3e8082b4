// Consolidation on a timer: working notes are cleared on an interval while a session answers.
import { Session } from 'abstractllm';
import { HierarchicalMemory } from 'abstractllm/memory/hierarchical';
import { summarize } from 'abstractllm/memory';

const memoryOn = process.env.NODE_ENV !== 'production';
const scratch = new HierarchicalMemory({ capacity: 20 });
const session = new Session({ provider: 'cohere', enableMemory: memoryOn, persistMemory: './scratch' });

function consolidateEvery(memory: HierarchicalMemory, ms: number, times: number): Promise<number> {
  return new Promise((resolve) => {
    let runs = 0;
    const timer = setInterval(() => {
      memory.clear();
      if (++runs === times) {
        clearInterval(timer);
        resolve(runs);
      }
    }, ms);
  });
}

export async function main() {
  const consolidated = consolidateEvery(scratch, 1, 2);
  const context = summarize(scratch.search('meeting', 5));
  const reply = await session.generateWithTools(`Plan my week. Notes: ${context}`);
  return { runs: await consolidated, reply: reply.content, history: session.getHistory({ limit: 4 }) };
}
