// `node cli.js ask --tools <question>`: the argv is parsed first, then the options are computed.
import { Session } from 'abstractllm';

interface Flags { command: string; tools: boolean; fast: boolean; memory: boolean; rest: string[] }

function parse(argv: readonly string[]): Flags {
  const [command = 'help', ...args] = argv;
  const flag = (name: string) => args.includes(`--${name}`);
  return { command, tools: flag('tools'), fast: flag('fast'), memory: flag('memory'), rest: args.filter((a) => !a.startsWith('--')) };
}

export async function main() {
  const flags = parse(process.argv.slice(2));
  const memoryDir = flags.memory ? './cli-memory' : undefined;
  const session = new Session({
    provider: process.env.LLM_PROVIDER,
    model: process.env.LLM_MODEL,
    enableReact: !flags.fast,
    enableMemory: flags.memory,
    persistMemory: memoryDir,
  });
  if (flags.command !== 'ask') return 'usage: ask <question>';
  const reply = await session.generate(flags.rest.join(' '), { useTools: flags.tools, createReactCycle: !flags.fast });
  console.log(reply.content);
  return { id: session.id, turns: session.getHistory().length };
}
