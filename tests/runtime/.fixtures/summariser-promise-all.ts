import { Session } from 'abstractllm';

interface Item {
  id: string;
  body: string;
}

/** Summarises a batch in parallel, one short-lived session per item. */
export async function summarise(items: Item[], provider = 'openai') {
  return Promise.all(
    items.map(async (it) => {
      const session = new Session({ provider, model: 'gpt-4o-mini', enableReact: false });
      session.addMessage('system', 'Summarise in one sentence.');
      const { content } = await session.generate(it.body, { useTools: false });
      return { id: it.id, summary: content, turns: session.getHistory().length };
    }),
  );
}

/** Re-asks a fixed pool, all at once. */
export async function poll(pool: Session[], question: string) {
  const replies = await Promise.all(pool.map(async (s) => (await s.generateWithTools(question)).content));
  return replies.map((reply, i) => `${pool[i]!.id}:${reply}`);
}

export async function main() {
  const summaries = await summarise([
    { id: 'a', body: 'The quarterly report shows growth.' },
    { id: 'b', body: 'The server migration finished early.' },
  ]);
  const polled = await poll([new Session(), new Session({ provider: 'anthropic' })], 'Status?');
  return { summaries, polled };
}
