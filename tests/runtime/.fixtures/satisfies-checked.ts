import { Session } from 'abstractllm';

// A registry whose entries are checked against the 1.x class without widening them.
const registry = {
  triage: new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }),
  expert: new Session({ provider: 'anthropic', model: 'claude-3-opus' }),
};

export async function route(question: string, urgent: boolean) {
  const chosen = (urgent ? registry.expert : registry.triage) satisfies Session;
  const reply = await chosen.generate(question);
  const audited = registry.triage satisfies Session;
  audited.addMessage('user', `routed: ${question}`);
  return { by: chosen.id, reply: reply.content, audit: audited.messages.length };
}

export async function main() {
  const first = await route('Reset my password', false);
  const second = await route('Production is down', true);
  return [first, second];
}
