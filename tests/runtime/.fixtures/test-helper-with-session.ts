// A test helper that hands each test a fresh session and checks its transcript afterwards.
import { describe, expect, it } from 'vitest';
import { Session } from 'abstractllm';
import type { Tool } from 'abstractllm';

const fakeSearch: Tool = { name: 'search', description: 'fake search', run: () => ['result'] };

async function withSession<T>(body: (session: Session) => Promise<T>, { tools = [fakeSearch], react = true } = {}): Promise<T> {
  const session = new Session({ provider: 'ollama', tools, enableReact: react });
  const result = await body(session);
  expect(session.messages.length).toBeGreaterThan(0);
  return result;
}

describe('assistant', () => {
  it('answers a plain question', () =>
    withSession(async (session) => {
      const reply = await session.generate('2 + 2?');
      expect(reply.content).toBeDefined();
    }));

  it('searches without reasoning', () =>
    withSession(
      async (s) => {
        await s.generateWithTools('find docs');
        expect(s.getHistory()).toHaveLength(2);
      },
      { react: false },
    ));
});
