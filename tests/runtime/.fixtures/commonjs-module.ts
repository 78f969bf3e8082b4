// A CommonJS module written in TypeScript (no ES imports or exports).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Session } = require('abstractllm');

const session = new Session({ provider: 'openai', enableReact: false });

async function reply(message: string): Promise<string> {
  session.addMessage('user', message);
  const answer = await session.generate(message, { useTools: true });
  return `${session.id}: ${answer.content}`;
}

async function main() {
  return [await reply('hello'), await reply('bye'), session.getHistory({ limit: 1 })];
}

module.exports = { reply, main };
