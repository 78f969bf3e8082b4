// A class hierarchy of assistants: static defaults, protected session, overridden accessors.
import { Session } from 'abstractllm';

abstract class Assistant {
  static created = 0;
  protected readonly session: Session;

  constructor(provider: string) {
    Assistant.created++;
    this.session = new Session({ provider, enableReact: this.reasons });
  }

  protected get reasons(): boolean { return true; }

  abstract readonly label: string;

  async reply(text: string): Promise<string> {
    const { content } = await this.session.generate(text, { createReactCycle: this.reasons });
    return `${this.label}#${this.session.id}: ${content}`;
  }
}

class Quick extends Assistant {
  protected override get reasons() { return false; }
  readonly label = 'quick';
}

class Careful extends Assistant {
  get label() {
    return `careful(${this.session.messages.length})`;
  }
}

export async function main() {
  const team = [new Quick('groq'), new Careful('anthropic')];
  const replies = await Promise.all(team.map((a) => a.reply('Plan the release')));
  return { replies, created: Assistant.created };
}
