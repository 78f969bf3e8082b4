import { Session as ChatSession } from 'abstractllm';

export class Moderator {
  private readonly chat = new ChatSession({ provider: 'openai', model: 'omni-moderation-latest', enableReact: false });

  async isAllowed(text: string): Promise<boolean> {
    const verdict = await this.chat.generate(`Reply "ok" if this is allowed: ${text}`);
    return verdict.content.trim() === 'ok';
  }

  audit(): { session: string; checks: number } {
    return { session: this.chat.id, checks: this.chat.messages.filter((m) => m.role === 'user').length };
  }
}

export async function main() {
  const moderator = new Moderator();
  const results = [await moderator.isAllowed('hello'), await moderator.isAllowed('buy cheap pills')];
  return { results, audit: moderator.audit() };
}
