import { Session } from 'abstractllm';

/** Sessions with an open websocket; idle ones are dropped. */
const active = new Set<Session>();

export function open(model: string): Session {
  const session = new Session({ provider: 'groq', model });
  active.add(session);
  return session;
}

export async function broadcast(text: string): Promise<number> {
  let delivered = 0;
  for (const session of active) {
    session.addMessage('system', text);
    delivered++;
  }
  return delivered;
}

export function report(): string[] {
  const lines: string[] = [];
  active.forEach((session) => lines.push(`${session.id}: ${session.messages.length} messages`));
  return lines;
}

export async function main() {
  const a = open('llama3-8b');
  open('mixtral-8x7b');
  await a.generate('warm up');
  const delivered = await broadcast('Server restarts in 5 minutes');
  return { delivered, report: report() };
}
