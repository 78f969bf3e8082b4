// A chat router: one shared session for anonymous users, one per signed-in user, kept in a field.
import { Session } from 'abstractllm';

type Llm = Session;

export class Router {
  static shared = new Session({ provider: 'openai', model: 'gpt-4o-mini' });
  private sessions = new Map<string, Session>();

  static anonymous(prompt: string) {
    return this.shared.generate(prompt);
  }

  open(user: string): Llm {
    const session = new Session({ provider: 'anthropic', enableMemory: false });
    this.sessions.set(user, session);
    return session;
  }

  async ask(user: string, prompt: string) {
    const session = this.sessions.get(user)!;
    const reply = await session.generateWithTools((prompt));
    return `${session.id}: ${reply.content}`;
  }
}

export async function main() {
  const router = new Router();
  const alice = router.open('alice');
  const first = await router.ask('alice', 'What is on my calendar?');
  const shared = await Router.anonymous('Hello');
  return [first, shared.content, alice.messages.length];
}
