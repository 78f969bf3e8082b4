// A plugin registry: each plugin registers a factory that builds its own session.
import { Session } from 'abstractllm';

const registry = new Map<string, () => Session>();

export function register(name: string, factory: () => Session): void {
  registry.set(name, factory);
}

register('summarizer', () => new Session({ provider: 'openai', model: 'gpt-4o-mini' }));
register('coder', () => new Session({ provider: 'anthropic', enableReact: false }));

export async function run(name: string, input: string): Promise<string> {
  const factory = registry.get(name);
  if (!factory) return `unknown plugin ${name}`;
  const session: Session = factory();
  const reply = await session.generateWithTools(input);
  return `${name}/${session.id}: ${reply.content}`;
}

export async function main() {
  const outputs = [await run('summarizer', 'Summarise the release notes'), await run('coder', 'Write a test'), await run('x', '')];
  return outputs;
}
