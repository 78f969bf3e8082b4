import { Session } from 'abstractllm';

abstract class Assistant {
  constructor(protected readonly session: Session, readonly name: string) {}

  /** Exposed for diagnostics. */
  get conversation() {
    return this.session;
  }

  abstract run(input: string): Promise<string>;
}

class Translator extends Assistant {
  constructor(target: string) {
    super(new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }), `to-${target}`);
  }
  async run(input: string) {
    return (await this.session.generate(`Translate to ${this.name}: ${input}`)).content;
  }
}

class Reviewer extends Assistant {
  constructor() {
    super(new Session(), 'reviewer');
  }
  async run(input: string) {
    this.session.addMessage('system', 'Be terse.');
    return (await this.session.generateWithTools(input)).content;
  }
}

export async function main() {
  const crew: Assistant[] = [new Translator('fr'), new Reviewer()];
  const results: string[] = [];
  for (const member of crew) results.push(`${member.name}: ${await member.run('good morning')}`);
  return { results, ids: crew.map((member) => member.conversation.id) };
}
