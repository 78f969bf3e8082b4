import { Session } from 'abstractllm';

abstract class Assistant {
  abstract accessor session: Session;

  async answer(question: string): Promise<string> {
    const reply = await this.session.generate(question);
    return `${this.session.id}: ${reply.content}`;
  }
}

class LocalAssistant extends Assistant {
  accessor session = new Session({ model: 'llama3' });
}

export async function main() {
  const assistant = new LocalAssistant();
  return assistant.answer('What changed in 2.0?');
}
