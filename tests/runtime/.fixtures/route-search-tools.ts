import { Session } from 'abstractllm';
import { WebSearchTool } from 'abstractllm/tools';

interface SearchRequest {
  query: { q?: string };
  headers: Record<string, string>;
}

const researcher = new Session({
  provider: 'openai',
  model: 'gpt-4o',
  tools: [new WebSearchTool({ maxResults: 5 })],
});

/** GET /search?q=… — deep research when the client asks for it. */
export async function search(req: SearchRequest) {
  const q = req.query.q;
  if (!q) return { status: 400, body: 'missing q' };
  const deep = req.headers['x-deep-research'] === '1';
  const answer = deep
    ? await researcher.generateWithTools(q, { createReactCycle: true })
    : await researcher.generateWithTools(q);
  return { status: 200, body: { answer: answer.content, calls: answer.toolCalls.length } };
}

export async function main() {
  const quick = await search({ query: { q: 'abstractllm release notes' }, headers: {} });
  const deep = await search({ query: { q: 'agent frameworks' }, headers: { 'x-deep-research': '1' } });
  const missing = await search({ query: {}, headers: {} });
  return [quick, deep, missing];
}
