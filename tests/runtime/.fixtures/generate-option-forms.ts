import { Session } from 'abstractllm';

interface Request {
  prompt: string;
  allowTools: boolean;
  deepThought?: boolean;
}

const session = new Session({ provider: 'mistral', model: 'mistral-large' });

export async function answer(request: Request): Promise<string> {
  session.addMessage('system', 'Be concise.');
  if (request.deepThought) {
    return (await session.generate(request.prompt, { useTools: request.allowTools, createReactCycle: true })).content;
  }
  if (request.allowTools) {
    const reply = await session.generateWithTools(request.prompt, { createReactCycle: false });
    return reply.content;
  }
  const plain = await session.generate(request.prompt, {});
  return `${plain.content} (${(await session.generate()).content})`;
}

export async function main() {
  const replies = [
    await answer({ prompt: 'What is 2 + 2?', allowTools: false }),
    await answer({ prompt: 'Weather in Oslo?', allowTools: true }),
    await answer({ prompt: 'Plan a trip', allowTools: true, deepThought: true }),
  ];
  const visible = session.getHistory({ includeSystem: false, limit: 4 });
  return { replies, visible: visible.map((m) => m.role), total: session.messages.length };
}
