import { Session } from 'abstractllm';

// Factories without a return annotation: the return type is inferred from `new Session(…)`.
function createTranslator() {
  return new Session({ provider: 'openai', model: 'gpt-4o-mini', enableReact: false });
}

const createReviewer = () => {
  return new Session({ provider: 'anthropic', tools: [] });
};

export async function main() {
  const translator = createTranslator();
  const reviewer = createReviewer();
  const german = await translator.generate('Translate: good morning');
  reviewer.addMessage('user', german.content);
  const review = await reviewer.generate('Is this translation idiomatic?', { createReactCycle: true });
  return { german: german.content, review: review.content, ids: [translator.id, reviewer.id] };
}
