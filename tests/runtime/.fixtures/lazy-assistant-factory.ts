// An assistant created on first use by an async factory, then copied into handlers.
import { HierarchicalMemory, Session } from 'abstractllm';

const open = async () => new Session({ provider: 'openai', enableReact: false });

export class Assistant {
  private current?: Session;
  private memory = new HierarchicalMemory();

  async session(): Promise<Session> {
    this.current ??= await open();
    return this.current;
  }

  async answer(question: string) {
    const session = await this.session();
    const copy = session;
    const reply = await copy.generate(question, { createReactCycle: true });
    this.memory.search(question);
    return reply.content;
  }
}

export async function main() {
  const assistant = new Assistant();
  const first = await assistant.answer('Summarise the meeting');
  const again = await assistant.answer('And the action items?');
  const session = await assistant.session();
  return [first, again, session.getHistory().length];
}
