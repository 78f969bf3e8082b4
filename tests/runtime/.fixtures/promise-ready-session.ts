import { Session } from 'abstractllm';

async function warmUp(model: string): Promise<Session> {
  const session = new Session({ model, enableRetry: false });
  await session.generate('Reply with "ready".');
  return session;
}

export class Assistant {
  private readonly ready: Promise<Session>;

  constructor(model: string) {
    this.ready = warmUp(model);
  }

  async ask(question: string): Promise<string> {
    const session = await this.ready;
    return (await session.generate(question, { useTools: true })).content;
  }

  historySize(): Promise<number> {
    return this.ready.then((session) => session.messages.length);
  }
}

export async function main() {
  const assistant = new Assistant('llama3.1');
  const answer = await assistant.ask('What is a monorepo?');
  const pending = warmUp('phi3');
  const spare = await pending;
  return { answer, size: await assistant.historySize(), spare: spare.id };
}
