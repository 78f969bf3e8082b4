import { Session } from 'abstractllm';

/** One chat session per connected user, keyed by user id. */
const pool = new Map<string, Session>();

export function connect(userId: string, model?: string): void {
  pool.set(userId, new Session({ provider: 'openai', model, enableReact: false }));
}

export async function announce(text: string): Promise<string[]> {
  const delivered: string[] = [];
  for (const [userId, session] of pool) {
    session.addMessage('system', text);
    const reply = await session.generate(`Acknowledge: ${text}`);
    delivered.push(`${userId}:${reply.content}`);
  }
  return delivered;
}

export function stats() {
  let total = 0;
  for (const session of pool.values()) total += session.messages.length;
  const ids: string[] = [];
  pool.forEach((session, userId) => ids.push(`${userId}=${session.id}`));
  return { total, ids };
}

export async function main() {
  connect('ana', 'gpt-4o-mini');
  connect('bo');
  const delivered = await announce('Maintenance at 22:00 UTC');
  return { delivered, ...stats() };
}
