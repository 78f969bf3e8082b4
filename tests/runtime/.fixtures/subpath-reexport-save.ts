import { Session } from 'abstractllm/session';

// This module is the app's chat layer; other modules import the class from here.
export { Session };

export async function checkpoint(session: Session, dir: string): Promise<string> {
  const reply = await session.generate('Summarize our progress so far.', { createReactCycle: false });
  session.addMessage('assistant', `checkpoint: ${reply.content}`);
  session.save(`${dir}/${session.id}.json`);
  return reply.content;
}

export async function main() {
  const session = new Session({ provider: 'openai', model: 'gpt-4o', enableMemory: true });
  session.addMessage('user', 'We picked Postgres.');
  const summary = await checkpoint(session, './checkpoints');
  console.log(`saved ${session.id}`);
  return { summary, last: session.getHistory({ limit: 1 })[0]?.content };
}
