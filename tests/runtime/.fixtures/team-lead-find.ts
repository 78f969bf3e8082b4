import { Session } from 'abstractllm';

const roles = ['lead', 'reviewer', 'scribe'] as const;

export function assemble(): Session[] {
  return roles.map((role) => new Session({ provider: 'anthropic', model: `claude-${role}` }));
}

export async function standUp(team: Session[], topic: string) {
  const [lead] = team;
  const opening = await lead.generate(`Open the stand-up about ${topic}`, { createReactCycle: true });
  const reviewer = team.find((member) => member.id !== lead.id)!;
  const review = await reviewer.generateWithTools(`Review: ${opening.content}`);
  const scribe = team.at(-1)!;
  scribe.addMessage('user', `Minutes: ${opening.content} / ${review.content}`);
  return { lead: lead.id, reviewer: reviewer.id, minutes: scribe.getHistory({ limit: 1 }) };
}

export async function main() {
  const team = assemble();
  const meeting = await standUp(team, 'the 2.0 migration');
  console.log(`stand-up run by ${meeting.lead}`);
  return meeting;
}
