import { Session } from 'abstractllm';

interface Settings {
  production: boolean;
  model?: string;
}

// Hosted model in production, the local daemon everywhere else.
export function createSession(settings: Settings) {
  return new Session({ provider: settings.production ? 'openai' : 'ollama', model: settings.model });
}

export async function main() {
  const replies: string[] = [];
  for (const production of [true, false]) {
    const session: Session = createSession({ production });
    replies.push(`${session.id}: ${(await session.generate('ping')).content}`);
  }
  return replies;
}
