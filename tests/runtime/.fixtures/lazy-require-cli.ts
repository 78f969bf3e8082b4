// A CLI that loads the LLM package only when a command needs it (fast startup).
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async ask(args) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Session } = require('abstractllm');
    const session = new Session({ provider: 'openai', model: 'gpt-4o-mini' });
    const reply = await session.generate(args.join(' '), { useTools: true });
    console.log(reply.content);
    return 0;
  },
  async version() {
    console.log('1.4.2');
    return 0;
  },
};

export async function main() {
  const [name = 'version', ...args] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const command = commands[name];
  process.exitCode = command ? await command(args) : 1;
}
