// A base bot and a polite subclass that calls the base reply through super.
import { Session } from 'abstractllm';

class BaseBot {
  protected session: Session;
  constructor(provider: string) {
    this.session = new Session({ provider, enableRetry: false });
  }
  async reply(text: string) {
    return (await this.session.generate(text)).content;
  }
}

class PoliteBot extends BaseBot {
  constructor() {
    super('openai');
    this.session.addMessage('system', 'Be polite.');
  }
  async reply(text: string) {
    const base = await super.reply(text);
    return `Please: ${base}`;
  }
}

export async function main() {
  const bot = new PoliteBot();
  return bot.reply('hi');
}
