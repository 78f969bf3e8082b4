// Local development: everything runs on the ollama daemon, so no provider is configured.
import { Session } from 'abstractllm';

const local = new Session({ model: 'llama3.1', enableRetry: true });

export async function explain(code: string) {
  const reply = await local.generate(`Explain this code:\n\n${code}`, { useTools: false, createReactCycle: false });
  return reply.content;
}

export default async function () {
  console.log(await explain('const answer = 42;'));
  return local.getHistory({ limit: 1 });
}
