import { Session } from 'abstractllm';

const probe = new Session();

/** GET /healthz — an empty prompt is enough to know the provider answers. */
export async function healthCheck() {
  try {
    const reply = await probe.generate();
    return { status: 'up', answered: reply.content.length > 0, session: probe.id };
  } catch (error) {
    return { status: 'down', error: String(error) };
  }
}

export async function main() {
  const first = await healthCheck();
  const second = await healthCheck();
  return { first, second, turns: probe.messages.length };
}
