import { Session } from 'abstractllm';
import { HierarchicalMemory } from 'abstractllm/memory';

export class Researcher {
  constructor(
    private readonly session = new Session({ provider: 'openai', model: 'gpt-4o' }),
    private readonly memory = new HierarchicalMemory({ capacity: 20 }),
  ) {}

  async research(topic: string): Promise<string> {
    const known = this.memory.search(topic, 3).map((item) => item.content);
    const reply = await this.session.generate(`Known: ${known.join('; ')}\nResearch: ${topic}`, { useTools: true });
    return reply.content;
  }

  transcriptLength(): number {
    return this.session.messages.length;
  }
}

export async function main() {
  const researcher = new Researcher();
  const answer = await researcher.research('bi-temporal memory');
  return { answer, turns: researcher.transcriptLength() };
}
