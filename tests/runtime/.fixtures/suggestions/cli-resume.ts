import { Session } from 'abstractllm';

/** `node cli.js resume <file>`: continue a saved conversation, then save it again. */
export async function resume(file: string, prompt: string) {
  const session = Session.load(file);
  session.addMessage('user', prompt);
  const reply = await session.generate(prompt, { createReactCycle: true });
  session.save(file);
  return { id: session.id, reply: reply.content };
}

export async function main() {
  const first = await resume('./sessions/trip.json', 'Where were we?');
  console.log(first.reply);
  return first;
}
