import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from 'abstractllm';

describe('conversation memory', () => {
  let session: Session;

  beforeEach(() => {
    session = new Session({ provider: 'ollama', enableMemory: true, enableRetry: false });
    session.addMessage('system', 'You remember everything.');
  });

  it('starts with only the system prompt', () => {
    expect(session.getHistory()).toHaveLength(1);
    expect(session.getHistory({ includeSystem: false })).toHaveLength(0);
  });

  it('remembers a fact across turns', async () => {
    await session.generate('My name is Ada.');
    await session.generate('What is my name?', { createReactCycle: true });
    expect(session.messages.length).toBe(5);
  });
});
