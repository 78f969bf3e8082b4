import { Session } from 'abstractllm';

const MEMORY_DIR = './var/assistant-memory';

export function createPersonalAssistant(userId: string): Session {
  return new Session({
    provider: 'mistral',
    enableMemory: true,
    persistMemory: `${MEMORY_DIR}/${userId}`,
  });
}

export async function main() {
  const alice: Session = createPersonalAssistant('alice');
  alice.addMessage('user', 'Remind me to call Bob.');
  const reply = await alice.generate('What should I do today?');
  alice.save(`${MEMORY_DIR}/alice.session.json`);
  return { reply: reply.content, id: alice.id };
}
