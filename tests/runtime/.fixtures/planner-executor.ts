import { Session } from 'abstractllm';

const planner = new Session({ provider: 'openai', model: 'gpt-4o', enableReact: true });
const executor = new Session({ provider: 'ollama', model: 'qwen2.5-coder', enableReact: false, enableRetry: false });

export async function solve(task: string) {
  const plan = await planner.generate(`Plan the steps for: ${task}`, { createReactCycle: true });
  const steps = [plan.content, 'verify the result'];
  const results: string[] = [];
  for (const step of steps) {
    executor.addMessage('system', `Current step: ${step}`);
    results.push((await executor.generateWithTools(step)).content);
  }
  return { planner: planner.id, executor: executor.id, results };
}

export async function main() {
  return solve('rename a function across the repo');
}
