// A jest-style spec: describe/it/test/expect are globals.
import { Session } from 'abstractllm';

describe('greeting flow', () => {
  it('greets by name', async () => {
    const session = new Session({ provider: 'mistral', model: 'mistral-small', enableReact: false });
    session.addMessage('system', 'Greet the user by name.');
    const reply = await session.generate('I am Grace', { useTools: false, createReactCycle: false });
    expect(reply.content.length).toBeGreaterThan(0);
  });

  test('each session has its own id', () => {
    const a = new Session();
    const b = new Session({ enableRetry: false });
    expect(a.id).not.toBe(b.id);
  });
});
