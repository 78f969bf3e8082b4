import { HierarchicalMemory, Session } from 'abstractllm';

function makeDeps(provider: string) {
  return {
    session: new Session({ provider, enableRetry: false }),
    memory: new HierarchicalMemory({ capacity: 20 }),
    label: `deps:${provider}`,
  };
}

export async function handle(prompt: string) {
  const { session, memory, label } = makeDeps('openai');
  memory.clear();
  session.addMessage('user', prompt);
  const reply = await session.generate(prompt, { useTools: true });
  return `${label} ${session.id} ${reply.content}`;
}

export async function main() {
  const first = await handle('Plan the sprint');
  const deps = makeDeps('anthropic');
  const other = await deps.session.generateWithTools('List blockers');
  return { first, other: other.content, found: deps.memory.search('sprint').length };
}
