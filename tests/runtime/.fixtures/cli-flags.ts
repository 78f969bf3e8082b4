import { Session } from 'abstractllm';

/** `node cli.js ask [--tools] [--think] <question…>` */
export async function main() {
  const args = process.argv.slice(2);
  const useTools = args.includes('--tools');
  const createReactCycle = args.includes('--think');
  const question = args.filter((arg) => !arg.startsWith('--')).slice(1).join(' ');
  const session = new Session({ provider: 'ollama', model: process.env.LLM_MODEL });
  const reply = await session.generate(question, { useTools, createReactCycle });
  console.log(JSON.stringify({ question, answer: reply.content, tools: useTools, think: createReactCycle }));
  return session.id;
}
