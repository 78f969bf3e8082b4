// An express-like middleware chain: one middleware opens the session, the handler uses it.
import { Session } from 'abstractllm';

interface Context {
  body: string;
  locals: { session?: Session; user: string };
  response?: string;
}
type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void>;

const openSession: Middleware = async (ctx, next) => {
  ctx.locals.session = new Session({ provider: 'openai', model: 'gpt-4o', enableMemory: true });
  ctx.locals.session.addMessage('system', `user ${ctx.locals.user}`);
  await next();
};

const answer: Middleware = async (ctx) => {
  const session = ctx.locals.session!;
  const reply = await session.generate(ctx.body, { createReactCycle: ctx.body.endsWith('?') });
  ctx.response = `${session.id}: ${reply.content} (${session.messages.length})`;
};

function compose(chain: Middleware[]): (ctx: Context) => Promise<void> {
  return (ctx) => chain.reduceRight<() => Promise<void>>((next, mw) => () => mw(ctx, next), async () => {})();
}

export async function main() {
  const handle = compose([openSession, answer]);
  const ctx: Context = { body: 'What is new?', locals: { user: 'ada' } };
  await handle(ctx);
  return ctx.response;
}
