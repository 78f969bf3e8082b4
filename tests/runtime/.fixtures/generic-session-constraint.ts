import { Session } from 'abstractllm';

/** Works with any session subtype the app defines (a tagged one, a test double). */
export async function askAll<S extends Session>(sessions: S[], prompt: string): Promise<string[]> {
  const out: string[] = [];
  for (const s of sessions) out.push((await s.generate(prompt, { createReactCycle: false })).content);
  return out;
}

export function remember<S extends Session>(session: S, note: string): S {
  session.addMessage('assistant', note);
  return session;
}

export class Registry<S extends Session> {
  private readonly items: S[] = [];

  add(session: S): number {
    this.items.push(session);
    return this.items.length;
  }

  summary(): string[] {
    return this.items.map((item) => `${item.id}:${item.messages.length}`);
  }
}

export async function main() {
  const registry = new Registry<Session>();
  const a = remember(new Session({ provider: 'openai' }), 'started');
  registry.add(a);
  registry.add(new Session({ provider: 'ollama', enableReact: false }));
  const replies = await askAll([a], 'Next step?');
  return { replies, summary: registry.summary() };
}
