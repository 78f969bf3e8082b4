/**
 * Stand-in for `abstractllm` 2.x, the core package (tests/api/v2/abstractllm/index.d.ts): records
 * every call (../recorder.ts) and returns plausible, deterministic values.
 */
import { label, next, record } from '../recorder.js';

export type Role = 'system' | 'user' | 'assistant' | 'tool';

export interface Message {
  id: string;
  role: Role;
  content: string;
  timestamp: Date;
}

export interface GenerateResponse {
  content: string;
  toolCalls: { name: string; arguments: Record<string, unknown> }[];
}

export interface Tool {
  name: string;
  description: string;
  run(args: Record<string, unknown>): unknown;
}

export interface HistoryOptions {
  limit?: number;
  includeSystem?: boolean;
}

/** What every stand-in model answers. */
function reply(): GenerateResponse {
  return { content: 'ok', toolCalls: [] };
}

/** A message with a per-run id and timestamp (`msg-1`, 2024-01-01T00:00:01Z, …). */
function createMessage(role: Role, content: string): Message {
  const n = next('message');
  return { id: `msg-${n}`, role, content, timestamp: new Date(Date.UTC(2024, 0, 1, 0, 0, n)) };
}

export class BasicSession {
  readonly #label: string;
  readonly #id: string;
  readonly #messages: Message[] = [];

  constructor(options?: { provider?: string; model?: string }) {
    this.#label = label('BasicSession', this);
    this.#id = `session-${next('session')}`;
    const { provider, model, ...unknown } = options ?? {};
    record('BasicSession.constructor', this.#label, [{ provider, model, ...unknown }]);
  }

  get id(): string {
    record('BasicSession.id', this.#label, []);
    return this.#id;
  }

  get messages(): Message[] {
    record('BasicSession.messages', this.#label, []);
    return [...this.#messages];
  }

  addMessage(role: Role, content: string): Message {
    record('BasicSession.addMessage', this.#label, [role, content]);
    const message = createMessage(role, content);
    this.#messages.push(message);
    return message;
  }

  getHistory(options?: HistoryOptions): Message[] {
    const { limit, includeSystem, ...unknown } = options ?? {};
    record('BasicSession.getHistory', this.#label, [{ limit, includeSystem, ...unknown }]);
    const visible = includeSystem === false ? this.#messages.filter((m) => m.role !== 'system') : [...this.#messages];
    return limit === undefined ? visible : visible.slice(Math.max(0, visible.length - limit));
  }
}

export function createLLM(provider: string, options?: { model?: string }): { generate(prompt: string): Promise<GenerateResponse> } {
  const llm = {
    async generate(prompt: string): Promise<GenerateResponse> {
      record('LLM.generate', name, [prompt]);
      return reply();
    },
  };
  const name = label('LLM', llm);
  const { model, ...unknown } = options ?? {};
  record('createLLM', name, [provider, { model, ...unknown }]);
  return llm;
}
