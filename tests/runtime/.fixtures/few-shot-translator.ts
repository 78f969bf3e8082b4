import { BasicSession, Session, type Role } from 'abstractllm';

const examples: [Role, string][] = [
  ['user', 'Translate "cat" to French'],
  ['assistant', 'chat'],
  ['user', 'Translate "dog" to French'],
  ['assistant', 'chien'],
];

export function seed(target: Session, system: string): void {
  target.addMessage('system', system);
  for (const [role, content] of examples) target.addMessage(role, content);
}

export async function main() {
  const translator = new Session({ provider: 'mistral' });
  seed(translator, 'You translate English to French.');
  await translator.generate('Translate "bird" to French');
  const scratch = new BasicSession({ provider: 'mistral' });
  scratch.addMessage('user', 'draft');
  return {
    all: translator.getHistory().length,
    visible: translator.getHistory({ includeSystem: false }).map((m) => m.content),
    scratch: scratch.messages.length,
  };
}
