import { Session } from 'abstractllm';

type Job =
  | { kind: 'chat'; prompt: string; reason: boolean }
  | { kind: 'research'; prompt: string }
  | { kind: 'note'; text: string };

export async function processJobs(session: Session, jobs: Job[]) {
  const log: string[] = [];
  for (const job of jobs) {
    switch (job.kind) {
      case 'chat':
        log.push((await session.generate(job.prompt, { createReactCycle: job.reason })).content);
        break;
      case 'research':
        log.push((await session.generateWithTools(job.prompt)).content);
        break;
      case 'note':
        log.push(session.addMessage('assistant', job.text).id);
        break;
    }
  }
  return log;
}

export async function main() {
  const session = new Session({ provider: 'openai', tools: [], enableMemory: false });
  return processJobs(session, [
    { kind: 'note', text: 'Queue started' },
    { kind: 'chat', prompt: 'Hello', reason: false },
    { kind: 'research', prompt: 'Compare vector databases' },
    { kind: 'chat', prompt: 'Conclude', reason: true },
  ]);
}
