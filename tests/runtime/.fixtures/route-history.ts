import { Session } from 'abstractllm';

type Query = Record<string, string | undefined>;

interface Res {
  statusCode: number;
  payload?: unknown;
  status(code: number): Res;
  json(payload: unknown): void;
}

const assistant = new Session({ provider: 'anthropic', enableMemory: true, persistMemory: './data/memory' });

/** GET /history?limit=N */
export function getHistory(query: Query, res: Res): void {
  const limit = Number(query.limit ?? '20');
  if (!Number.isInteger(limit) || limit <= 0) {
    res.status(422).json({ error: 'limit must be a positive integer' });
    return;
  }
  const history = assistant.getHistory({ limit });
  res.status(200).json(history.map((m) => ({ role: m.role, text: m.content })));
}

function fakeRes(): Res {
  const res: Res = { statusCode: 0, status: (code) => ((res.statusCode = code), res), json: (payload) => void (res.payload = payload) };
  return res;
}

export async function main() {
  assistant.addMessage('user', 'What is new in 2.0?');
  await assistant.generate('What is new in 2.0?');
  const ok = fakeRes();
  getHistory({ limit: '2' }, ok);
  const bad = fakeRes();
  getHistory({ limit: 'abc' }, bad);
  return [ok.statusCode, ok.payload, bad.statusCode, bad.payload];
}
