// A React-less store: a lazily created singleton that owns the session and notifies listeners.
import { Session } from 'abstractllm';

interface StoreOptions {
  provider?: string;
  memory?: boolean;
}

export class ConversationStore {
  static #instance: ConversationStore | undefined;
  readonly #session: Session;
  readonly #listeners = new Set<(count: number) => void>();

  private constructor({ provider = 'ollama', memory = false }: StoreOptions = {}) {
    this.#session = new Session({ provider, enableMemory: memory, persistMemory: './store' });
  }

  static get instance(): ConversationStore {
    return (ConversationStore.#instance ??= new ConversationStore({ provider: 'openai', memory: true }));
  }

  subscribe(listener: (count: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async send(text: string): Promise<string> {
    const reply = await this.#session.generate(text);
    for (const listener of this.#listeners) listener(this.#session.messages.length);
    return reply.content;
  }
}

export async function main() {
  const seen: number[] = [];
  const unsubscribe = ConversationStore.instance.subscribe((count) => seen.push(count));
  await ConversationStore.instance.send('hello');
  unsubscribe();
  return { reply: await ConversationStore.instance.send('again'), seen };
}
