// One session driven through a promise chain instead of await.
import { Session } from 'abstractllm';

export function main() {
  const s = new Session({ model: 'llama3' });
  return s
    .generate('first')
    .then((r) => s.generate(`second after ${r.content}`, { useTools: true }))
    .then(() => s.generateWithTools('third'))
    .then(() => s.getHistory())
    .then((h) => ({ h: h.length, id: s.id }));
}
