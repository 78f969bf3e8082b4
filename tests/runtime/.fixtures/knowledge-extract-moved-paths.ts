// Extracts facts from a conversation, with the reasoning cycle and the CLI from their 1.x paths.
import { Session, type Message } from 'abstractllm';
import { extractFacts, type Fact } from 'abstractllm/cognitive';
import { FactsExtractor } from 'abstractllm/cognitive/facts';
import { ReActCycle } from 'abstractllm/react';
import { runCli } from 'abstractllm/cli';

const extractor = new FactsExtractor({ minConfidence: 0.8 });
const session = new Session({ provider: 'openai', enableMemory: true });

const factsOf = (messages: readonly Message[]): Fact[] => messages.flatMap((m) => [...extractFacts(m.content), ...extractor.extract(m.content)]);

export async function main() {
  session.addMessage('user', 'Ada works at Initech since 2021.');
  await session.generate('What do you know about Ada?', { createReactCycle: true });
  const cycle = new ReActCycle({ maxSteps: 3 });
  const facts = factsOf(session.messages);
  const code = await runCli(['facts', '--count', String(facts.length)]);
  return { facts, steps: cycle.steps.length, code, last: session.getHistory({ limit: 1 })[0]?.role };
}
