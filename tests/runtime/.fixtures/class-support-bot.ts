import { Session } from 'abstractllm';

export class SupportBot {
  private session = new Session({
    provider: 'anthropic',
    model: 'claude-3-5-haiku',
    enableMemory: true,
    persistMemory: './support-memory',
  });
  private greeted = false;

  async answer(question: string): Promise<string> {
    if (!this.greeted) {
      this.session.addMessage('system', 'You are a friendly support agent for Acme.');
      this.greeted = true;
    }
    const reply = await this.session.generate(question, { useTools: false });
    return reply.content;
  }

  transcript(): string[] {
    return this.session.messages.map((m) => `${m.role}: ${m.content}`);
  }
}

export async function main() {
  const bot = new SupportBot();
  await bot.answer('My order is late.');
  await bot.answer('It was order #1234.');
  return bot.transcript();
}
