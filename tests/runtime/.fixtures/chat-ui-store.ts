import { Session } from 'abstractllm';

/** The chat panel's store: one session per open tab. */
export class ChatStore {
  private sessions = new Map<string, Session>();
  private activeTab = '';

  open(tab: string, provider: string): void {
    this.sessions.set(tab, new Session({ provider, enableMemory: false }));
    this.activeTab = tab;
  }

  get tabCount(): number {
    return this.sessions.size;
  }

  get unread(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [tab, session] of this.sessions) counts[tab] = session.messages.length;
    return counts;
  }

  async send(text: string): Promise<string> {
    const session = this.sessions.get(this.activeTab)!;
    const reply = await session.generate(text);
    return reply.content;
  }
}

export async function main() {
  const store = new ChatStore();
  store.open('work', 'openai');
  store.open('personal', 'ollama');
  const reply = await store.send('Draft a standup note');
  const badges = Object.entries(store.unread).map(([tab, n]) => `${tab}(${n})`);
  return { reply, tabs: store.tabCount, badges };
}
