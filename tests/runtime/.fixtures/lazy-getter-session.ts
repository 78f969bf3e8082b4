import { Session } from 'abstractllm';

/** Creates its session on first use only, so importing the module is cheap. */
export class Concierge {
  #session?: Session;
  constructor(private readonly model: string) {}

  get session(): Session {
    if (!this.#session) {
      console.log(`starting ${this.model}`);
      this.#session = new Session({ provider: 'openai', model: this.model, enableRetry: true });
    }
    return this.#session;
  }

  async recommend(city: string): Promise<string> {
    const reply = await this.session.generateWithTools(`Best restaurant in ${city}?`);
    return reply.content;
  }
}

export async function main() {
  const concierge = new Concierge('gpt-4o');
  console.log('created');
  const picks = [await concierge.recommend('Lyon'), await concierge.recommend('Porto')];
  concierge.session.addMessage('assistant', 'Anything else?');
  return { picks, id: concierge.session.id, turns: concierge.session.messages.length };
}
