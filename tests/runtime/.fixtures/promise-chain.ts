import { Session } from 'abstractllm';

const session = new Session({ provider: 'openai', model: 'gpt-4o-mini', enableRetry: false });

// Callback style, as in code written before async/await was allowed in this codebase.
export function translate(text: string, language: string): Promise<string> {
  return session
    .generate(`Translate to ${language}: ${text}`)
    .then((reply) => reply.content)
    .catch((error: unknown) => `translation failed: ${String(error)}`);
}

export function main() {
  return translate('Good morning', 'Spanish')
    .then((first) => translate('Good night', 'German').then((second) => [first, second]))
    .then((both) => ({ both, messages: session.messages.length }));
}
