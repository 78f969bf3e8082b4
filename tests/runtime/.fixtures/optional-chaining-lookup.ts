import { Session } from 'abstractllm';

/** Conversations by user; a user who never opened one has none, and every call goes through `?.`. */
const byUser = new Map<string, Session>();

export function open(user: string): Session {
  const session = new Session({ provider: 'anthropic', model: 'claude-3-haiku' });
  byUser.set(user, session);
  return session;
}

export async function ask(user: string, question: string) {
  const session = byUser.get(user);
  const answer = await session?.generate(question, { createReactCycle: true });
  session?.addMessage('assistant', 'noted');
  const withTools = await byUser.get(user)?.generateWithTools(`${question} (with tools)`);
  return {
    answered: answer !== undefined,
    usedTools: withTools !== undefined,
    history: session?.getHistory().length ?? 0,
    messages: session?.messages.length,
    hasId: typeof session?.id === 'string',
  };
}

export async function main() {
  open('ada');
  const known = await ask('ada', 'What is 2 + 2?');
  const unknown = await ask('bob', 'Who are you?');
  return { known, unknown };
}
