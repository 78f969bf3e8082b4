// One session per signed-in user object, dropped with the user (a WeakMap cache).
import { Session } from 'abstractllm';

interface User {
  name: string;
  plan: 'free' | 'pro';
}

const cache = new WeakMap<User, Session>();

export function sessionFor(user: User): Session {
  const hit = cache.get(user);
  if (hit) return hit;
  const created = new Session({ provider: user.plan === 'pro' ? 'openai' : 'ollama', enableReact: user.plan === 'pro' });
  cache.set(user, created);
  return created;
}

export async function greet(user: User): Promise<string> {
  const cached = cache.get(user);
  if (cached) cached.addMessage('system', `returning user ${user.name}`);
  const session = sessionFor(user);
  const reply = await session.generate(`Greet ${user.name}`);
  return `${session.id} ${reply.content}`;
}

export async function main() {
  const ada: User = { name: 'Ada', plan: 'pro' };
  const bob: User = { name: 'Bob', plan: 'free' };
  const lines = [await greet(ada), await greet(bob), await greet(ada)];
  return { lines, adaTurns: sessionFor(ada).messages.length };
}
