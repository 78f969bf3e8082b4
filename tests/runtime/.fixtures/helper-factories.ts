import { Session } from 'abstractllm';

interface Deps {
  session: Session;
  prefix: string;
}

function forLanguage(language: string): Session {
  return new Session({ provider: 'deepl-llm', model: `translate-${language}` });
}

const quick = (model: string) => new Session({ model, enableRetry: false });

async function openReviewer(): Promise<Session> {
  return new Session({ provider: 'openai', tools: [] });
}

async function reply({ session, prefix }: Deps, text: string): Promise<string> {
  return `${prefix}${(await session.generate(text)).content}`;
}

export async function main() {
  const french = forLanguage('fr');
  const scratch = quick('phi3');
  const reviewer = await openReviewer();
  const lines = [
    await reply({ session: french, prefix: 'fr: ' }, 'Hello'),
    await reply({ session: scratch, prefix: 'scratch: ' }, 'ping'),
    (await reviewer.generateWithTools('Review PR #7', { createReactCycle: true })).content,
  ];
  return { lines, ids: [french.id, scratch.id, reviewer.id] };
}
