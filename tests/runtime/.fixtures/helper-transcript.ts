import { Session } from 'abstractllm';
import type { Message } from 'abstractllm';

function line(message: Message): string {
  return `[${message.timestamp.toISOString()}] ${message.role}: ${message.content}`;
}

export function formatTranscript(session: Session, last = 10): string {
  const lines = session
    .getHistory({ limit: last, includeSystem: false })
    .map(line);
  return [`# ${session.id}`, ...lines].join('\n');
}

export async function main() {
  const session = new Session({ provider: 'groq', model: 'llama-3.1-70b' });
  session.addMessage('system', 'Be brief.');
  session.addMessage('user', 'Hi');
  await session.generate('What day is it?');
  console.log(formatTranscript(session, 3));
}
