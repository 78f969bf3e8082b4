// A CLI whose subcommands live in a table of handlers, each given the session.
import { Session } from 'abstractllm';

type Command = (session: Session, args: string[]) => Promise<string>;

const commands: Record<string, Command> = {
  ask: async (session, args) => (await session.generate(args.filter((a) => !a.startsWith('--')).join(' '))).content,
  research: async (session, args) => (await session.generateWithTools(args.join(' '), { createReactCycle: true })).content,
  history: async (session) => session.getHistory({ limit: 5 }).map((m) => `${m.role}:${m.content}`).join('\n'),
};

export async function main() {
  const [, , name = 'help', ...rest] = process.argv;
  const session = new Session({ provider: process.env.LLM_PROVIDER, model: process.env.LLM_MODEL });
  const command = commands[name];
  if (!command) {
    console.error(`unknown command ${name}`);
    process.exitCode = 2;
    return;
  }
  console.log(await command(session, rest));
  if (rest.includes('--tools')) console.log(await commands.research!(session, ['follow', 'up']));
  console.log(await commands.history!(session, []));
}
