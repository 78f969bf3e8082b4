import { Session } from 'abstractllm';

interface ChatRequest {
  body: { message: string };
}

interface JsonResponse {
  status: number;
  body: unknown;
}

const session = new Session({ provider: 'openai', model: 'gpt-4o-mini' });

/** POST /chat */
export async function postChat(req: ChatRequest): Promise<JsonResponse> {
  if (!req.body.message.trim()) {
    return { status: 400, body: { error: 'message is required' } };
  }
  const reply = await session.generate(req.body.message);
  return { status: 200, body: { reply: reply.content, sessionId: session.id } };
}

export async function main() {
  const rejected = await postChat({ body: { message: '   ' } });
  const answered = await postChat({ body: { message: 'Hello!' } });
  return [rejected, answered];
}
