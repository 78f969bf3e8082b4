// A CommonJS queue worker that renames what it takes from the package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Session: LlmSession, HierarchicalMemory: Memory, createLLM } = require('abstractllm');

const memory = new Memory({ capacity: 5 });
const worker = new LlmSession({ provider: 'groq', enableMemory: true, persistMemory: './worker' });
const fallback = createLLM('ollama', { model: 'tinyllama' });

const queue: { id: number; text: string; urgent?: boolean }[] = [
  { id: 1, text: 'summarise ticket 1' },
  { id: 2, text: 'classify ticket 2', urgent: true },
];

async function drain() {
  const done: string[] = [];
  let job;
  while ((job = queue.shift())) {
    const { id, text, urgent = false } = job;
    const reply = urgent ? await worker.generate(text, { createReactCycle: true }) : await fallback.generate(text);
    done.push(`${id}:${reply.content}:${memory.search(text).length}`);
  }
  return done;
}

async function main() {
  const done = await drain();
  memory.clear();
  return { done, id: worker.id, turns: worker.getHistory().length };
}

module.exports = { drain, main };
