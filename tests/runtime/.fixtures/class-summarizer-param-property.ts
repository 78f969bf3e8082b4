import { Session } from 'abstractllm';

export class Summarizer {
  constructor(
    private readonly session: Session,
    private readonly maxWords = 50,
  ) {}

  async summarize(text: string): Promise<string> {
    const prompt = `Summarize in at most ${this.maxWords} words:\n${text}`;
    const reply = await this.session.generate(prompt, { createReactCycle: false });
    return reply.content;
  }
}

export async function main() {
  const summarizer = new Summarizer(new Session());
  const short = await summarizer.summarize('abstractllm 2.0 splits the package in three.');
  const terse = new Summarizer(new Session({ provider: 'ollama', model: 'phi3' }), 10);
  return [short, await terse.summarize('Agents replace sessions.')];
}
