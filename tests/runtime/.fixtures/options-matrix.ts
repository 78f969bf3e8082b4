import { Session } from 'abstractllm';
import { WebSearchTool } from 'abstractllm/tools';

const production = process.env.NODE_ENV === 'production';
const search = new WebSearchTool({ maxResults: 3 });

// Every assistant of the app, configured in one place.
const assistants = {
  local: new Session(),
  configured: new Session({ provider: process.env.LLM_PROVIDER, model: process.env.LLM_MODEL }),
  remembering: new Session({ provider: 'openai', enableMemory: true, persistMemory: './memory/notes' }),
  forgetful: new Session({ provider: 'openai', enableMemory: false, persistMemory: './memory/unused' }),
  conditional: new Session({ enableMemory: production, persistMemory: `./memory/${process.env.NODE_ENV}` }),
  quick: new Session({ model: 'phi3', enableReact: false, enableRetry: false }),
  researcher: new Session({ provider: 'anthropic', tools: [search], enableReact: true, enableRetry: true }),
};

export async function main() {
  const all: Session[] = Object.values(assistants);
  const ids = all.map((assistant) => assistant.id);
  const found = await assistants.researcher.generateWithTools('Latest TypeScript release');
  const quick = await assistants.quick.generate('One word for "fast"?');
  return { ids, found: found.content, quick: quick.content, remembered: assistants.remembering.messages };
}
