import { Session } from 'abstractllm';

const SNAPSHOT = './state/assistant.json';

export class Assistant {
  private constructor(private readonly session: Session) {}

  static restore(): Assistant {
    const session = Session.load(SNAPSHOT);
    session.addMessage('system', 'Restored after a restart.');
    return new Assistant(session);
  }

  async ask(question: string) {
    return (await this.session.generateWithTools(question)).content;
  }
}

export async function main() {
  const assistant = Assistant.restore();
  return assistant.ask('Anything pending?');
}
