import { Session } from 'abstractllm';

interface LambdaEvent {
  body: string;
  headers: Record<string, string | undefined>;
}

export async function handler(event: LambdaEvent) {
  const { prompt, provider } = JSON.parse(event.body) as { prompt: string; provider?: string };
  const session = new Session({ provider, enableReact: event.headers['x-reasoning'] !== 'off' });
  const reply = await session.generate(prompt, { useTools: event.headers['x-tools'] === 'on' });
  return { statusCode: 200, body: JSON.stringify({ reply: reply.content, session: session.id }) };
}

/** `npm run invoke:local` */
export default async function invokeLocally() {
  return [
    await handler({ body: JSON.stringify({ prompt: 'hi' }), headers: {} }),
    await handler({
      body: JSON.stringify({ prompt: 'latest news', provider: 'openai' }),
      headers: { 'x-tools': 'on', 'x-reasoning': 'off' },
    }),
  ];
}
