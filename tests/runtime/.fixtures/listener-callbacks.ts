// A tiny event bus whose listeners receive the session as an annotated parameter.
import { Session } from 'abstractllm';

type Listener = (session: Session, text: string) => void;

class TinyEmitter {
  private listeners: Listener[] = [];
  on(listener: Listener) {
    this.listeners.push(listener);
  }
  emit(session: Session, text: string) {
    for (const listener of this.listeners) listener(session, text);
  }
}

const bus = new TinyEmitter();
const pending: Promise<string>[] = [];

bus.on((session: Session, text: string) => {
  session.addMessage('user', text);
});
bus.on((session: Session, text: string) => {
  pending.push(session.generate(text, { createReactCycle: true }).then((r) => r.content));
});

export async function main() {
  const session = new Session({ provider: 'openai', enableReact: false });
  bus.emit(session, 'first');
  bus.emit(session, 'second');
  const replies = await Promise.all(pending);
  return { replies, turns: session.getHistory({ limit: 10 }).length };
}
