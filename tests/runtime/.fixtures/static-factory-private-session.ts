// A class with static factories and a private #session: callers never see the session.
import { Session } from 'abstractllm';

export class Assistant {
  #session: Session;
  private constructor(session: Session) {
    this.#session = session;
  }

  static forTeam(team: string): Assistant {
    return new Assistant(new Session({ provider: 'openai', model: `team-${team}` }));
  }

  static offline(): Assistant {
    return new Assistant(new Session());
  }

  get turns(): number {
    return this.#session.messages.length;
  }

  async ask(prompt: string): Promise<string> {
    this.#session.addMessage('user', prompt);
    return (await this.#session.generateWithTools(prompt, { createReactCycle: true })).content;
  }
}

export async function main() {
  const team = Assistant.forTeam('payments');
  const local = Assistant.offline();
  const answers = [await team.ask('Refund status?'), await local.ask('What time is it?')];
  return { answers, turns: [team.turns, local.turns] };
}
