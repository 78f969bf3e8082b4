// A CommonJS worker: the package object is kept whole and read where needed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const llm = require('abstractllm');

const worker = new llm.Session({ provider: 'groq', model: 'llama-3.1-8b', enableReact: false });

async function processJob(job: { id: number; text: string }) {
  worker.addMessage('user', `job ${job.id}`);
  const result = await worker.generate(job.text, { useTools: job.id % 2 === 0 });
  return `${job.id}:${result.content}`;
}

async function main() {
  const done = [];
  for (const job of [{ id: 1, text: 'classify' }, { id: 2, text: 'extract' }]) done.push(await processJob(job));
  return { done, worker: worker.id, history: worker.messages.length };
}

module.exports = { processJob, main };
