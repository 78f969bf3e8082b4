import { Session } from 'abstractllm';

export async function broadcast(prompt: string, ...sessions: Session[]): Promise<string[]> {
  const replies: string[] = [];
  for (const session of sessions) {
    const reply = await session.generate(prompt);
    replies.push(`${session.id}: ${reply.content}`);
  }
  return replies;
}

export async function main() {
  const fast = new Session({ model: 'phi3' });
  const smart = new Session({ provider: 'openai', model: 'gpt-4o' });
  return broadcast('Status report, please.', fast, smart);
}
