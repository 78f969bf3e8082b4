import { Session } from 'abstractllm';
import { CodeIntelligenceTool } from 'abstractllm/tools';

const reviewer = new Session({
  provider: 'openai',
  model: 'o3-mini',
  tools: [new CodeIntelligenceTool({ root: './src' })],
});

export async function review(files: string[], thorough: boolean) {
  const createReactCycle = thorough;
  const notes: string[] = [];
  for (const file of files) {
    const reply = await reviewer.generateWithTools(`Review ${file}`, { createReactCycle });
    notes.push(`${file}: ${reply.content}`);
  }
  const summary = await reviewer.generateWithTools('Summarize the review', {});
  return { notes, summary: summary.content };
}

export async function main() {
  return review(['src/index.ts', 'src/cli.ts'], true);
}
