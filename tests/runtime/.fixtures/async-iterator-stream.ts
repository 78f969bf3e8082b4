import { Session } from 'abstractllm';

const session = new Session({ provider: 'openai', model: 'gpt-4o', enableMemory: true, persistMemory: './stream' });

/** Yields one reply per chunk of a document, in order. */
async function* summarizeChunks(chunks: Iterable<string>): AsyncGenerator<string> {
  for (const chunk of chunks) {
    const reply = await session.generate(`Summarize: ${chunk}`, { createReactCycle: false });
    yield reply.content;
  }
}

async function* lines(text: string) {
  for (const line of text.split('\n')) if (line.trim()) yield line.trim();
}

export async function main() {
  const summaries: string[] = [];
  for await (const summary of summarizeChunks(['Intro', 'Methods', 'Results'])) summaries.push(summary);
  let count = 0;
  for await (const line of lines('alpha\n\nbeta\n')) {
    session.addMessage('user', line);
    count++;
  }
  return { summaries, count, turns: session.getHistory().length, id: session.id };
}
