// A streaming pipeline of async-generator stages, each stage made by a function given its session.
import { Session } from 'abstractllm';

type Stage = (input: AsyncIterable<string>) => AsyncIterable<string>;

const translate = (session: Session, language: string): Stage =>
  async function* (input) {
    for await (const line of input) yield (await session.generate(`Translate to ${language}: ${line}`)).content;
  };

function tag(session: Session): Stage {
  return async function* (input) {
    for await (const line of input) {
      session.addMessage('assistant', line);
      yield `${session.id}:${line}`;
    }
  };
}

async function* source(lines: string[]) {
  yield* lines;
}

export async function main() {
  const translator = new Session({ provider: 'deepl-proxy', enableRetry: false });
  const stages: Stage[] = [translate(translator, 'French'), tag(translator)];
  const output = stages.reduce<AsyncIterable<string>>((stream, stage) => stage(stream), source(['hello', 'goodbye']));
  const collected: string[] = [];
  for await (const line of output) collected.push(line);
  return { collected, turns: translator.getHistory().length };
}
