import { Session } from 'abstractllm';

/** Each reviewer is a session with the persona it plays. */
export async function review(panel: [Session, string][], diff: string): Promise<string[]> {
  const notes: string[] = [];
  for (const [session, persona] of panel) {
    session.addMessage('system', `You are the ${persona}.`);
    notes.push(`${persona}: ${(await session.generate(diff)).content}`);
  }
  return notes;
}

export function transcriptSizes(reviewers: readonly Session[]): number[] {
  return reviewers.map((reviewer) => reviewer.getHistory({ includeSystem: true }).length);
}

export function ids(reviewers: ReadonlyArray<Session>): string {
  return reviewers.map((r) => r.id).join(',');
}

export async function main() {
  const security = new Session({ provider: 'openai', enableReact: false });
  const style = new Session({ provider: 'ollama', model: 'llama3' });
  const panel: [Session, string][] = [
    [security, 'security reviewer'],
    [style, 'style reviewer'],
  ];
  const notes = await review(panel, '+ eval(userInput)');
  return { notes, sizes: transcriptSizes([security, style]), ids: ids([style]) };
}
