// An Express-like router module: handlers keep one session per request id in a record.
import { Session } from 'abstractllm';

interface Req { id: string; body: { text: string } }
interface Res { status: number; json: unknown }

const sessions: Record<string, Session> = {};

function sessionFor(req: Req): Session {
  return (sessions[req.id] ??= new Session({ provider: 'openai', enableReact: false }));
}

export const router = {
  async chat(req: Req): Promise<Res> {
    const session = sessionFor(req);
    const reply = await session.generate(req.body.text, { useTools: true });
    return { status: 200, json: { id: session.id, reply: reply.content } };
  },
  history(req: Req): Res {
    const session = sessions[req.id];
    return session ? { status: 200, json: session.getHistory({ limit: 5 }) } : { status: 404, json: null };
  },
};

export async function main() {
  const first = await router.chat({ id: 'r1', body: { text: 'hello' } });
  const again = await router.chat({ id: 'r1', body: { text: 'and again' } });
  return [first, again, router.history({ id: 'r1', body: { text: '' } }), router.history({ id: 'r2', body: { text: '' } })];
}
