import { Session } from 'abstractllm';

type Handler = (body: Record<string, string>) => Promise<{ status: number; body: unknown }>;

export class ChatController {
  private session: Session;

  constructor(private readonly provider: string) {
    this.session = new Session({ provider: this.provider, enableMemory: true });
  }

  readonly routes: Record<string, Handler> = {
    'POST /messages': async (body) => {
      this.session.addMessage('user', body.text ?? '');
      const reply = await this.session.generate(body.text);
      return { status: 201, body: { reply: reply.content } };
    },
    'GET /messages': async () => ({ status: 200, body: this.session.getHistory({ limit: 50 }) }),
  };
}

export async function main() {
  const controller = new ChatController('openai');
  const posted = await controller.routes['POST /messages']!({ text: 'hi there' });
  const listed = await controller.routes['GET /messages']!({});
  return { posted, listed };
}
