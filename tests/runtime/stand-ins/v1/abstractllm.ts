/**
 * Stand-in for abstractllm 1.x (tests/api/v1/abstractllm/index.d.ts), built ON the 2.0 stand-ins
 * exactly as MIGRATION.md "Runtime meaning, for equivalence tests" says 1.x behaved:
 *
 * - `new Session(o)` constructs `new Agent(mapped o)` (table E: provider, default 'ollama', and
 *   model → llmConfig; enableMemory/persistMemory → memoryConfig only when enableMemory is truthy;
 *   tools; enableReact → enableReasoning; enableRetry);
 * - `generate(p, o)` calls `chat(p, { useReasoning: o.createReactCycle ?? false, useTools: o.useTools ?? false })`,
 *   `generateWithTools(p, o)` the same with `useTools: true`;
 * - `addMessage`, `getHistory`, `messages`, `id` forward to `agent.session`; `save(path)` is
 *   `saveState(path)`; `Session.load(path)` is `new Agent({ llmConfig: { provider: 'ollama' } })`
 *   then `.loadState(path)`.
 *
 * It records nothing itself: what is compared is what the 2.0 stand-ins record. (A `Session` only
 * takes the label of its Agent, so a returned Session and the Agent that replaces it snapshot alike.)
 */
import { Agent, type AgentOptions } from '../v2/abstractagent.js';
import type { GenerateResponse, HistoryOptions, Message, Role, Tool } from '../v2/abstractllm.js';
import { sameInstance } from '../recorder.js';

export { BasicSession, createLLM } from '../v2/abstractllm.js';
export type { GenerateResponse, HistoryOptions, Message, Role, Tool } from '../v2/abstractllm.js';
export { HierarchicalMemory } from './abstractllm/memory/hierarchical.js';

export interface SessionOptions {
  /** LLM provider name. Default: 'ollama'. */
  provider?: string;
  model?: string;
  /** Turn on hierarchical memory. Default: false. */
  enableMemory?: boolean;
  /** Where memory is persisted; only used when enableMemory is true. */
  persistMemory?: string;
  tools?: Tool[];
  /** ReAct reasoning cycles. Default: true. */
  enableReact?: boolean;
  /** Retry failed provider calls. Default: true. */
  enableRetry?: boolean;
}

export interface GenerateOptions {
  /** Default: false. */
  useTools?: boolean;
  /** Default: false. */
  createReactCycle?: boolean;
}

/** Table E, constructor options. A `persistMemory` without `enableMemory` had no effect. */
function toAgentOptions(options: SessionOptions): AgentOptions {
  return {
    llmConfig: { provider: options.provider ?? 'ollama', model: options.model },
    memoryConfig: options.enableMemory ? { temporal: true, persistPath: options.persistMemory } : undefined,
    tools: options.tools,
    enableReasoning: options.enableReact,
    enableRetry: options.enableRetry,
  };
}

/** Set while `Session.load` wraps the Agent it built (so the constructor does not build another). */
let adopted: Agent | undefined;

/** @deprecated since 2.0: use Agent from 'abstractagent'. */
export class Session {
  readonly #agent: Agent;

  constructor(options?: SessionOptions) {
    if (adopted) {
      this.#agent = adopted;
      adopted = undefined;
    } else {
      this.#agent = new Agent(toAgentOptions(options ?? {}));
    }
    sameInstance(this, this.#agent);
  }

  get id(): string {
    return this.#agent.session.id;
  }

  get messages(): Message[] {
    return this.#agent.session.messages;
  }

  addMessage(role: Role, content: string): Message {
    return this.#agent.session.addMessage(role, content);
  }

  generate(prompt?: string, options?: GenerateOptions): Promise<GenerateResponse> {
    return this.#agent.chat(prompt, { useReasoning: options?.createReactCycle ?? false, useTools: options?.useTools ?? false });
  }

  generateWithTools(prompt?: string, options?: Omit<GenerateOptions, 'useTools'>): Promise<GenerateResponse> {
    return this.#agent.chat(prompt, { useReasoning: options?.createReactCycle ?? false, useTools: true });
  }

  getHistory(options?: HistoryOptions): Message[] {
    return this.#agent.session.getHistory(options);
  }

  save(path: string): void {
    this.#agent.saveState(path);
  }

  /** Restores a saved session; provider defaults to 'ollama'. */
  static load(path: string): Session {
    const agent = new Agent({ llmConfig: { provider: 'ollama' } });
    agent.loadState(path);
    adopted = agent;
    return new Session();
  }
}
