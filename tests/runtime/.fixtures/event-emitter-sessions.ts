// Event callbacks that receive the session: a typed emitter of the app's own.
import { Session } from 'abstractllm';

type Events = { ready: (session: Session) => void; message: (session: Session, text: string) => void };

class Bus {
  private handlers: { [K in keyof Events]?: Events[K][] } = {};
  on<K extends keyof Events>(event: K, handler: Events[K]): void {
    (this.handlers[event] ??= [] as Events[K][] as never as []).push(handler as never);
  }
  emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    for (const handler of this.handlers[event] ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
}

const replies: Promise<string>[] = [];
const bus = new Bus();
bus.on('ready', (session) => console.log(`ready ${session.id}`));
bus.on('message', (session, text) => {
  session.addMessage('user', text);
  replies.push(session.generate(text).then((reply) => reply.content));
});

export async function main() {
  const session = new Session({ provider: 'openai' });
  bus.emit('ready', session);
  bus.emit('message', session, 'ping');
  return { replies: await Promise.all(replies), turns: session.messages.length };
}
