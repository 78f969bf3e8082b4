import { describe, expect, it, vi } from 'vitest';
import { Session } from 'abstractllm';

// The route reads prompts from disk through the tools module; the test gives it a fixed one.
vi.mock('abstractllm/tools', async (importOriginal) => ({
  ...(await importOriginal<typeof import('abstractllm/tools')>()),
  readFile: vi.fn(() => 'You are a helpful support agent.'),
}));

describe('a conversation', () => {
  it('answers with the provider it was given', async () => {
    const session = new Session({ provider: 'anthropic' });
    const generate = vi.spyOn(session, 'generate').mockResolvedValue({ content: 'hello', toolCalls: [] });
    await expect(session.generate('hi')).resolves.toMatchObject({ content: 'hello' });
    expect(generate).toHaveBeenCalledWith('hi');
  });
});
