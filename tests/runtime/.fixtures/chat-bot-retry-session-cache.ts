import { Session } from 'abstractllm';

/** One session per user, created on first contact. */
const cache = new Map<string, Session>();

function sessionFor(user: string) {
  let session = cache.get(user);
  if (!session) {
    session = new Session({ provider: 'anthropic', model: 'claude-3-haiku', enableRetry: false });
    cache.set(user, session);
  }
  return session;
}

async function withRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await work();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

export async function handle(user: string, text: string): Promise<string> {
  const session = sessionFor(user);
  session.addMessage('user', text);
  const reply = await withRetry(() => session.generate(text, { useTools: true }));
  return `${user}@${session.id}: ${reply.content}`;
}

export async function main() {
  const out = [await handle('ana', 'hi'), await handle('bo', 'hello'), await handle('ana', 'again')];
  return { out, users: cache.size, anaTurns: sessionFor('ana').messages.length };
}
