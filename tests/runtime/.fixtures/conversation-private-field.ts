import { Session } from 'abstractllm';

export class Conversation {
  readonly #session = new Session({ provider: 'openai', enableReact: false });

  get id(): string {
    return this.#session.id;
  }

  get turns(): number {
    return this.#session.messages.length;
  }

  recent(count = 2) {
    return this.#session.getHistory({ limit: count });
  }

  async say(text: string): Promise<string> {
    this.#session.addMessage('user', text);
    return (await this.#session.generate(text)).content;
  }
}

export async function main() {
  const conversation = new Conversation();
  await conversation.say('hello');
  return { id: conversation.id, turns: conversation.turns, recent: conversation.recent() };
}
