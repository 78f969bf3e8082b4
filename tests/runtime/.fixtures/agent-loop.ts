import { Session } from 'abstractllm';

// An agent loop: the task goes in as a message, then the model works with tools until it is done.
export async function runTask(session: Session, task: string, maxSteps = 3) {
  session.addMessage('user', task);
  const steps: string[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const reply = await session.generateWithTools();
    steps.push(reply.content);
    if (reply.toolCalls.length === 0) break;
  }
  return steps;
}

export async function main() {
  const worker = new Session({ provider: 'openai', tools: [], enableRetry: false });
  const steps = await runTask(worker, 'Find the latest release');
  return { steps, history: worker.getHistory().map((m) => m.role) };
}
