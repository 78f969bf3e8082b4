import { Session } from 'abstractllm';

const session = new Session({ provider: 'openai' });

export function status() {
  const last = session.messages.at(-1);
  const { length } = session.messages;
  return {
    id: session.id,
    turns: length,
    lastRole: last?.role ?? 'none',
    preview: last ? `${session.id}: ${last.content.slice(0, 20)}` : '',
    roles: [...session.messages].map((m) => m.role),
  };
}

export async function main() {
  const empty = status();
  session.addMessage('user', 'Draft a haiku about migrations');
  await session.generate('Draft a haiku about migrations');
  return { empty, after: status() };
}
