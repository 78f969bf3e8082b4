import { Session } from 'abstractllm';
import type { Tool } from 'abstractllm';

// Settings are read lazily and logged, so the order they are read in shows in the output.
function setting(name: string, value: string): string {
  console.log(`read ${name}`);
  return value;
}

function loadTools(): Tool[] {
  console.log('load tools');
  return [{ name: 'clock', description: 'Tells the time', run: () => '12:00' }];
}

const verbose = (): boolean => (console.log('read verbose'), false);

export async function main() {
  const session = new Session({
    model: setting('model', 'gpt-4o'),
    provider: setting('provider', 'openai'),
    tools: loadTools(),
    enableReact: verbose(),
  });
  const reply = await session.generateWithTools('What time is it?', { createReactCycle: verbose() });
  return reply.content;
}
