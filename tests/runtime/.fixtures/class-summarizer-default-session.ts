import { Session } from 'abstractllm';

// The summarizer builds its own session unless a caller injects one.
export class Summarizer {
  constructor(private readonly session = new Session({ provider: 'openai', model: 'gpt-4o-mini' })) {}

  async summarise(text: string): Promise<string> {
    this.session.addMessage('system', 'Answer in one sentence.');
    const reply = await this.session.generate(`Summarise: ${text}`);
    return reply.content;
  }

  turns(): number {
    return this.session.messages.length;
  }
}

export async function main() {
  const summarizer = new Summarizer();
  const summary = await summarizer.summarise('Revenue grew 12% while costs stayed flat.');
  return { summary, turns: summarizer.turns() };
}
