import { Session } from 'abstractllm';

async function openSession(model: string): Promise<Session> {
  console.log(`opening ${model}`);
  return new Session({ provider: 'openai', model });
}

/** Asks a drafter and a critic in parallel, then lets the drafter revise. */
export async function draftAndCritique(topic: string) {
  const [drafter, critic] = await Promise.all([openSession('gpt-4o'), openSession('gpt-4o-mini')]);
  const draft = await drafter.generate(`Draft a paragraph about ${topic}`);
  const critique = await critic.generate(`Critique: ${draft.content}`);
  drafter.addMessage('user', critique.content);
  const revised = await drafter.generateWithTools('Revise it');
  return { revised: revised.content, ids: [drafter.id, critic.id] };
}

export async function main() {
  return draftAndCritique('tide pools');
}
