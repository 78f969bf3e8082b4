// Ask every provider at once and keep whatever answered (Promise.allSettled).
import { Session } from 'abstractllm';

const providers = ['openai', 'anthropic', 'mistral'] as const;

export async function fanOut(prompt: string) {
  const panel = providers.map((provider) => new Session({ provider, enableRetry: provider !== 'mistral' }));
  const settled = await Promise.allSettled(panel.map((member) => member.generate(prompt, { useTools: false })));
  const answers = settled.map((outcome, index) =>
    outcome.status === 'fulfilled' ? `${providers[index]}: ${outcome.value.content}` : `${providers[index]} failed: ${String(outcome.reason)}`,
  );
  const busiest = panel.reduce((best, member) => (member.messages.length > best.messages.length ? member : best));
  return { answers, busiest: busiest.id };
}

export async function main() {
  const first = await fanOut('Name three sorting algorithms');
  const second = await fanOut('Which is stable?');
  return [first, second];
}
