// An Express-like router: a middleware opens one session per request, handlers read it from the request.
import { Session } from 'abstractllm';

interface Req { id: string; path: string; text: string; session?: Session }
type Handler = (req: Req) => Promise<string> | string;

const open = new Map<string, Session>();

function withSession(handler: Handler): Handler {
  return (req) => {
    if (!open.has(req.id)) open.set(req.id, new Session({ provider: 'mistral', model: 'mistral-small' }));
    req.session = open.get(req.id)!;
    return handler(req);
  };
}

const routes: Record<string, Handler> = {
  '/chat': withSession(async (req: Req) => (await req.session!.generate(req.text, { useTools: true })).content),
  '/history': withSession((req: Req) => `${req.session!.id}: ${req.session!.getHistory({ limit: 3 }).length}`),
};

export async function main() {
  const reqs: Req[] = [{ id: 'a', path: '/chat', text: 'hi' }, { id: 'a', path: '/history', text: '' }, { id: 'b', path: '/chat', text: 'yo' }];
  const out: string[] = [];
  for (const req of reqs) out.push(await routes[req.path]!(req));
  for (const [id, session] of open) out.push(`${id}=${session.messages.length}`);
  return out;
}
