// A REPL that restores the saved session, resets to a fresh one on request, and saves on each turn.
import { Session } from 'abstractllm';

const FILE = './state/repl.json';

export async function repl(inputs: readonly string[]): Promise<string[]> {
  let session = Session.load(FILE);
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '/reset') {
      session = new Session({ provider: 'openai', enableReact: false });
      out.push(`reset to ${session.id}`);
      continue;
    }
    const reply = await session.generate(input);
    session.save(FILE);
    out.push(reply.content);
  }
  return out;
}

export async function main() {
  return repl(['hello', '/reset', 'again']);
}
