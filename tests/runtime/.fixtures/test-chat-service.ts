import { describe, expect, it } from 'vitest';
import { Session } from 'abstractllm';

describe('chat service', () => {
  it('answers and keeps both turns', async () => {
    const session = new Session({ provider: 'openai' });
    const reply = await session.generate('ping');
    expect(reply.content).toBe('ok');
    expect(session.messages).toHaveLength(2);
  });

  it('uses tools when asked', async () => {
    const session = new Session({ enableReact: false });
    const reply = await session.generateWithTools('weather in Paris');
    expect(reply.toolCalls).toEqual([]);
    expect(session.id).toMatch(/^session-/);
  });
});
