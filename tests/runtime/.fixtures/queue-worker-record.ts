import { Session } from 'abstractllm';

type JobType = 'triage' | 'summarise' | 'translate';

interface Job {
  id: number;
  type: JobType;
  payload: string;
}

const workers: Record<JobType, Session> = {
  triage: new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false }),
  summarise: new Session({ provider: 'anthropic', enableRetry: false }),
  translate: new Session(),
};

export async function processJob(job: Job): Promise<string> {
  const worker = workers[job.type];
  worker.addMessage('user', `job #${job.id}`);
  const result = job.type === 'triage'
    ? await worker.generateWithTools(job.payload)
    : await worker.generate(job.payload, { useTools: false });
  return `${job.type}#${job.id}=${result.content}`;
}

export async function main() {
  const jobs: Job[] = [
    { id: 1, type: 'triage', payload: 'Customer cannot log in' },
    { id: 2, type: 'summarise', payload: 'Long email thread' },
    { id: 3, type: 'translate', payload: 'Bonjour' },
  ];
  const done: string[] = [];
  for (const job of jobs) done.push(await processJob(job));
  const load = Object.entries(workers).map(([type, session]) => `${type}:${session.messages.length}`);
  return { done, load };
}
