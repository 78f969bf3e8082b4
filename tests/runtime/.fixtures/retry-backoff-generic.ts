// A retry/backoff helper, generic over what it retries: the session itself and its replies.
import { Session } from 'abstractllm';

async function withRetry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 1): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
  throw lastError;
}

async function connect(): Promise<Session> {
  return new Session({ provider: 'groq', model: 'llama3-70b', enableRetry: false });
}

export async function main() {
  const session = await withRetry(connect);
  const first = await withRetry(() => session.generate('Draft a haiku'));
  const second = await withRetry(() => session.generate('Now a limerick', { createReactCycle: true }), 5);
  return { id: session.id, replies: [first.content, second.content], turns: session.messages.length };
}
