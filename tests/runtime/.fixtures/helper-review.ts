import { Session } from 'abstractllm';

/** Asks, then asks the model to double-check its own answer. */
export async function askWithReview(session: Session, question: string) {
  const first = await session.generate(question);
  const review = await session.generate(`Check this answer for mistakes: ${first.content}`, { createReactCycle: true });
  return { answer: first.content, reviewed: review.content, turns: session.messages.length };
}

export async function main() {
  const session = new Session({ provider: 'openai', enableReact: true });
  return askWithReview(session, 'How many packages does 2.0 have?');
}
