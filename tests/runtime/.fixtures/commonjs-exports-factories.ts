// A CommonJS module whose factories are called through module.exports, so tests can stub them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Session } = require('abstractllm');

function createSupportBot(model: string) {
  return new Session({ provider: 'openai', model, enableReact: false });
}

function createTriageBot() {
  return new Session({ provider: 'ollama', model: 'llama3' });
}

async function route(ticket: string): Promise<string> {
  const triage = module.exports.createTriageBot();
  const verdict = await triage.generate(`Classify: ${ticket}`);
  const bot = module.exports.createSupportBot('gpt-4o-mini');
  bot.addMessage('system', `Category: ${verdict.content}`);
  const answer = await bot.generate(ticket);
  return `${bot.id}: ${answer.content}`;
}

async function main() {
  return [await route('My invoice is wrong'), await route('Cannot log in')];
}

module.exports = { createSupportBot, createTriageBot, route, main };
