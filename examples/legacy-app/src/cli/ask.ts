#!/usr/bin/env node
// Ask one question from the command line: `ask "How do I reset my password?"`.
import { Session } from 'abstractllm/session';
import { CodeIntelligenceTool } from 'abstractllm/tools';
import { ReActCycle } from 'abstractllm/react';

const [question = 'What can you do?'] = process.argv.slice(2);

const session = new Session({
  model: 'llama3.1',
  enableMemory: true,
  persistMemory: './.support-desk/memory',
  tools: [new CodeIntelligenceTool({ root: process.cwd() })],
});

session.addMessage('system', 'You answer support questions briefly.');
const answer = await session.generateWithTools(question);
console.log(answer.content);
console.log(`(${new ReActCycle().steps.length} reasoning steps)`);
session.save('./.support-desk/last-session.json');
