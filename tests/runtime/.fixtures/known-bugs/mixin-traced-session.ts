// Class mixins add tracing and a transcript to any class that holds a session.
import { Session } from 'abstractllm';

// A mixin's base must take `any[]` (TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WithSession = new (...args: any[]) => { session: Session };

function Traced<TBase extends WithSession>(Base: TBase) {
  return class extends Base {
    readonly trace: string[] = [];
    async ask(prompt: string): Promise<string> {
      this.trace.push(`ask ${prompt}`);
      return (await this.session.generate(prompt, { useTools: true })).content;
    }
  };
}

class Holder {
  constructor(public session: Session) {}
  transcript(): string[] {
    return this.session.messages.map((m) => m.content);
  }
}

const TracedHolder = Traced(Holder);

export async function main() {
  const bot = new TracedHolder(new Session({ provider: 'openai', enableReact: false }));
  const answer = await bot.ask('Summarise the changelog');
  return { answer, trace: bot.trace, transcript: bot.transcript(), id: bot.session.id };
}
