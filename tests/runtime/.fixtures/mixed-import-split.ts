import { BasicSession, HierarchicalMemory, Session, createLLM, type Message } from 'abstractllm';

const scratch = new BasicSession({ provider: 'openai' });
const memory = new HierarchicalMemory();
const llm = createLLM('openai', { model: 'gpt-4o-mini' });

export async function draft(topic: string): Promise<Message[]> {
  const writer = new Session({ provider: 'openai', model: 'gpt-4o', enableMemory: true, persistMemory: './drafts' });
  const outline = await llm.generate(`Outline: ${topic}`);
  scratch.addMessage('assistant', outline.content);
  const known = memory.search(topic).length;
  writer.addMessage('system', `Known facts: ${known}`);
  await writer.generate(`Write a draft from: ${outline.content}`, { useTools: false });
  return writer.getHistory();
}

export async function main() {
  const history = await draft('migrating to abstractllm 2.0');
  memory.clear();
  return { roles: history.map((message) => message.role), scratch: scratch.messages.length };
}
