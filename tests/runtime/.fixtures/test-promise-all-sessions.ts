import { describe, expect, it } from 'vitest';
import { Session } from 'abstractllm';

describe('the same prompt on every provider', () => {
  const providers = [
    new Session({ provider: 'openai', model: 'gpt-4o' }),
    new Session({ provider: 'anthropic', model: 'claude-3-5-sonnet' }),
    new Session(),
  ];

  it('answers on all of them at once', async () => {
    const replies = await Promise.all(providers.map((session) => session.generate('2 + 2 = ?')));
    expect(replies).toHaveLength(3);
    for (const reply of replies) expect(typeof reply.content).toBe('string');
  });

  it('keeps one history per session', async () => {
    await Promise.all(providers.map(async (session, index) => {
      session.addMessage('system', `You are bot ${index}`);
      await session.generateWithTools('look it up');
    }));
    const lengths = providers.map((session) => session.getHistory({ includeSystem: true }).length);
    expect(lengths.every((length) => length === lengths[0])).toBe(true);
    expect(new Set(providers.map((session) => session.id)).size).toBe(3);
  });
});
