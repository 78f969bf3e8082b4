import * as memory from 'abstractllm/memory';
import * as tools from 'abstractllm/tools';
import { Session } from 'abstractllm';

const notes = new memory.HierarchicalMemory({ capacity: 10 });
const code = new tools.CodeIntelligenceTool({ root: './src' });
const agent = new Session({ provider: 'openai', tools: [code, new tools.WebSearchTool()] });

export async function explain(symbol: string) {
  const known = notes.search(symbol);
  const source = tools.readFile(`./src/${symbol}.ts`);
  const answer = await agent.generate(`Explain ${symbol}:\n${source}`, { useTools: known.length === 0 });
  return answer.content;
}

export async function main() {
  const text = await explain('parseConfig');
  notes.clear();
  return { text, tools: [code.name], history: agent.getHistory() };
}
