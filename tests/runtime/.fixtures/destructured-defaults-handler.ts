import { Session } from 'abstractllm';

interface AskArgs {
  prompt: string;
  session?: Session;
  tools?: boolean;
}

const shared = new Session({ provider: 'openai', model: 'gpt-4o-mini' });

export async function ask({ prompt, session = shared, tools = false }: AskArgs): Promise<string> {
  const reply = await session.generate(prompt, { useTools: tools });
  return `[${session.id}] ${reply.content}`;
}

export async function askAll(prompts: string[], { session = shared }: { session?: Session } = {}) {
  const [first = 'hello', ...rest] = prompts;
  const out = [await session.generate(first)];
  for (const prompt of rest) out.push(await session.generateWithTools(prompt));
  return out.map((reply) => reply.content);
}

export async function main() {
  const own = new Session({ enableReact: false });
  return {
    a: await ask({ prompt: 'status?' }),
    b: await ask({ prompt: 'search docs', session: own, tools: true }),
    c: await askAll([]),
    d: await askAll(['one', 'two'], { session: own }),
    history: [shared.messages.length, own.getHistory({ limit: 3 }).length],
  };
}
