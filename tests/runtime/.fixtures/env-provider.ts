import { Session } from 'abstractllm';

const provider = process.env.LLM_PROVIDER; // unset: 1.x falls back to ollama
const model = process.env.LLM_MODEL ?? 'llama3.1';

export const session = new Session({ provider, model, enableReact: false });

export async function main() {
  console.log(`using ${provider ?? 'the default provider'} / ${model}`);
  const reply = await session.generate('Say hi', { useTools: false });
  return reply.content;
}
