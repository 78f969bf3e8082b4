import { Session } from 'abstractllm';
import { HierarchicalMemory, summarize } from 'abstractllm/memory';

const memory = new HierarchicalMemory({ capacity: 100 });
const session = new Session({ provider: 'openai', enableMemory: true });

export async function recallAndAnswer(question: string) {
  const hits = memory.search(question, 3);
  const context = hits.length > 0 ? summarize(hits) : 'nothing relevant';
  const reply = await session.generate(`Context: ${context}\n\nQuestion: ${question}`);
  return reply.content;
}

export async function main() {
  const answer = await recallAndAnswer('When is the deadline?');
  memory.clear();
  return { answer, history: session.getHistory({ limit: 2 }) };
}
