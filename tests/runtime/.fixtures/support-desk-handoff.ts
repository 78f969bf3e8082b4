import { Session } from 'abstractllm';

/** A human support agent (not the LLM one). */
class Agent {
  constructor(readonly name: string, readonly team: string) {}
}

const triage = new Session({ provider: 'anthropic', model: 'claude-3-5-haiku', enableReact: false });
const roster = [new Agent('Bob', 'billing'), new Agent('Ana', 'tech')];

export async function handoff(ticket: string) {
  const reply = await triage.generate(`Which team handles: ${ticket}? Answer billing or tech.`);
  const human = roster.find((agent) => reply.content.includes(agent.team)) ?? roster[0]!;
  triage.addMessage('system', `Handed off to ${human.name}`);
  return { to: human.name, session: triage.id };
}

export async function main() {
  return [await handoff('I was charged twice'), await handoff('The app crashes')];
}
