/**
 * Stand-in for `abstractagent` (tests/api/v2/abstractagent/index.d.ts): records every call with the
 * documented defaults applied (`enableReasoning`, `enableRetry`: true; `useReasoning`, `useTools`:
 * false) and every key of the option shape written (../recorder.ts explains why).
 */
import { BasicSession, type GenerateResponse, type Tool } from './abstractllm.js';
import { label, quietly, record } from '../recorder.js';

export interface LLMConfig {
  provider: string;
  model?: string;
}

export interface MemoryConfig {
  temporal: boolean;
  persistPath?: string;
}

export interface AgentOptions {
  llmConfig: LLMConfig;
  /** Omitted or undefined: no memory. */
  memoryConfig?: MemoryConfig;
  tools?: Tool[];
  /** Default: true. */
  enableReasoning?: boolean;
  /** Default: true. */
  enableRetry?: boolean;
}

export interface ChatOptions {
  /** Default: false. */
  useReasoning?: boolean;
  /** Default: false. */
  useTools?: boolean;
}

/** `AgentOptions` as recorded: defaults applied, every key written, unknown keys kept after them. */
function normalizeAgentOptions(options: AgentOptions | undefined): Record<string, unknown> {
  const { llmConfig, memoryConfig, tools, enableReasoning, enableRetry, ...unknown } = options ?? ({} as Partial<AgentOptions>);
  const normalizedLlm = llmConfig === undefined ? undefined : (() => {
    const { provider, model, ...rest } = llmConfig;
    return { provider, model, ...rest };
  })();
  const normalizedMemory = memoryConfig === undefined ? undefined : (() => {
    const { temporal, persistPath, ...rest } = memoryConfig;
    return { temporal, persistPath, ...rest };
  })();
  return {
    llmConfig: normalizedLlm,
    memoryConfig: normalizedMemory,
    tools,
    enableReasoning: enableReasoning ?? true,
    enableRetry: enableRetry ?? true,
    ...unknown,
  };
}

/** `ChatOptions` as recorded: defaults applied, every key written, unknown keys kept after them. */
function normalizeChatOptions(options: ChatOptions | undefined): Record<string, unknown> {
  const { useReasoning, useTools, ...unknown } = options ?? {};
  return { useReasoning: useReasoning ?? false, useTools: useTools ?? false, ...unknown };
}

export class Agent {
  readonly #label: string;
  readonly #session: BasicSession;

  constructor(options: AgentOptions) {
    this.#label = label('Agent', this);
    record('Agent.constructor', this.#label, [normalizeAgentOptions(options)]);
    const provider: unknown = options?.llmConfig?.provider;
    if (typeof provider !== 'string') {
      throw new TypeError(`Agent: llmConfig.provider is required (got ${String(provider)})`);
    }
    const model = options.llmConfig.model;
    // The agent's own conversation: built through the public constructor, but not by the program.
    this.#session = quietly(() => new BasicSession({ provider, model }));
  }

  /** The conversation: id, messages, addMessage, getHistory. */
  get session(): BasicSession {
    record('Agent.session', this.#label, []);
    return this.#session;
  }

  async chat(prompt?: string, options?: ChatOptions): Promise<GenerateResponse> {
    record('Agent.chat', this.#label, [prompt, normalizeChatOptions(options)]);
    const content = 'ok';
    quietly(() => {
      if (prompt !== undefined) this.#session.addMessage('user', prompt);
      this.#session.addMessage('assistant', content);
    });
    return { content, toolCalls: [] };
  }

  saveState(path: string): void {
    record('Agent.saveState', this.#label, [path]);
  }

  loadState(path: string): void {
    record('Agent.loadState', this.#label, [path]);
  }
}
