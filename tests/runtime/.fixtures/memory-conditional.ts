import { Session } from 'abstractllm';

interface AssistantConfig {
  provider: string;
  remember: boolean;
  memoryDir: string;
}

export function buildAssistant(config: AssistantConfig) {
  return new Session({
    provider: config.provider,
    enableMemory: config.remember,
    persistMemory: config.memoryDir,
  });
}

export async function main() {
  const results: string[] = [];
  for (const remember of [true, false]) {
    const assistant: Session = buildAssistant({ provider: 'openai', remember, memoryDir: `./mem-${remember}` });
    const reply = await assistant.generate('Hello again');
    results.push(`${assistant.id}: ${reply.content}`);
  }
  return results;
}
