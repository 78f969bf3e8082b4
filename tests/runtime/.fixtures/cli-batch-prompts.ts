import { Session } from 'abstractllm';
import { readFile, writeFile } from 'abstractllm/tools';

/** Runs every prompt of a script file through one session and writes the answers next to it. */
export async function main() {
  const script = readFile('./prompts.txt');
  const prompts = [script, 'Summarize the above in one line.'];
  const session = new Session({ model: 'llama3.1:8b', enableRetry: false });
  const answers: string[] = [];
  for (const [index, prompt] of prompts.entries()) {
    const reply = await session.generate(prompt, { createReactCycle: index === 0 });
    answers.push(reply.content);
  }
  writeFile('./answers.txt', answers.join('\n'));
  session.save(`./transcripts/${session.id}.json`);
  console.log(`${answers.length} answers, ${session.messages.length} messages`);
}
