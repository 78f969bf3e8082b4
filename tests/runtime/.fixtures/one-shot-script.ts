import { Session } from 'abstractllm';

// scripts/regenerate.ts: ask once, then ask again with the last user message.
export async function main() {
  const { content } = await new Session({ provider: 'openai', model: 'gpt-4o-mini' }).generate('Write a slogan');
  console.log(content);

  const session = new Session({ enableReact: false });
  session.addMessage('user', 'Write a shorter slogan');
  const lastUser = session.messages.filter((m) => m.role === 'user').at(-1);
  const again = await session.generate(lastUser?.content ?? session.messages[0]!.content, { useTools: false });
  session.save(`./out/${session.id}-${session.getHistory().length}.json`);
  return again.content;
}
