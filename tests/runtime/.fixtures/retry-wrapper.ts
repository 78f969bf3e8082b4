import { Session } from 'abstractllm';

const flaky = new Session({ provider: 'together', model: 'mixtral-8x7b', enableRetry: false });

async function attempt<T>(label: string, work: () => Promise<T>, retries = 2): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await work();
    } catch (error) {
      if (tries >= retries) throw error;
      console.warn(`${label} failed, retrying`);
    }
  }
}

export async function main() {
  const answer = await attempt('generate', () => flaky.generate('Name three prime numbers', { useTools: false }));
  const cited = await attempt('tools', () => flaky.generateWithTools('Cite a source for that'));
  return [answer.content, cited.content, flaky.messages.length];
}
