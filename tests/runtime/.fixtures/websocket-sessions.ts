import { Session } from 'abstractllm';

const sessions = new Map<string, Session>();

function sessionFor(connectionId: string): Session {
  let session = sessions.get(connectionId);
  if (!session) {
    session = new Session({ provider: 'openai', enableMemory: true, persistMemory: `./ws/${connectionId}` });
    sessions.set(connectionId, session);
  }
  return session;
}

/** ws.on('message', …) */
export async function onMessage(connectionId: string, text: string): Promise<string> {
  const session: Session = sessionFor(connectionId);
  const reply = await session.generate(text);
  return `${session.id}> ${reply.content}`;
}

export async function main() {
  const out = [await onMessage('c1', 'hello'), await onMessage('c2', 'hola'), await onMessage('c1', 'again')];
  return { out, open: sessions.size };
}
