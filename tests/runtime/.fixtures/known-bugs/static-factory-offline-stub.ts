// Static factories over a private #session: offline mode swaps in a canned responder.
import { Session } from 'abstractllm';

export class Assistant {
  #session = new Session({ provider: 'openai', enableReact: false });

  static online(): Assistant {
    return new Assistant();
  }

  static offline(canned: string): Assistant {
    const assistant = new Assistant();
    assistant.#session = { generate: async () => ({ content: canned, toolCalls: [] }) } as unknown as Session;
    return assistant;
  }

  async ask(prompt: string): Promise<string> {
    const reply = await this.#session.generate(prompt);
    return reply.content;
  }
}

export async function main() {
  const online = await Assistant.online().ask('What is new?');
  const offline = await Assistant.offline('(offline) try again later').ask('What is new?');
  return { online, offline };
}
