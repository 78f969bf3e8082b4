import { Session } from 'abstractllm';

export const session = new Session({
  // Hosted model for production traffic.
  provider: 'openai',
  model: 'gpt-4o', // pinned until the eval passes
  /* memory is on so follow-ups work */
  enableMemory: true,
  persistMemory: './memory/prod',
  enableReact: false,
  enableRetry: true,
});

export async function main() {
  const reply = await session.generate('What can you do?');
  return { reply: reply.content, id: session.id };
}
