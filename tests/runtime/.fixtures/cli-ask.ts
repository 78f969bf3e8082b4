#!/usr/bin/env node
import { Session } from 'abstractllm';

function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const words = argv.filter((arg) => !arg.startsWith('--'));
  return { command: words[0], prompt: words.slice(1).join(' '), useTools: flags.has('--tools') };
}

export async function main(): Promise<void> {
  const { command, prompt, useTools } = parseArgs(process.argv.slice(2));
  if (command !== 'ask' || !prompt) {
    console.error('usage: ask [--tools] <question>');
    process.exitCode = 2;
    return;
  }
  const session = new Session({ provider: process.env.LLM_PROVIDER, model: process.env.LLM_MODEL });
  const reply = await session.generate(prompt, { useTools });
  console.log(reply.content);
  process.exitCode = 0;
}
