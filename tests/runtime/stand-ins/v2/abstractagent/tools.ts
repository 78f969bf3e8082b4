/** Stand-in for `abstractagent/tools`: the advanced tools (1.x `abstractllm/tools` re-exports them). */
import type { Tool } from '../abstractllm.js';
import { label, record } from '../../recorder.js';

export class WebSearchTool implements Tool {
  name = 'web_search';
  description = 'Searches the web';
  readonly #label: string;

  constructor(options?: { maxResults?: number }) {
    this.#label = label('WebSearchTool', this);
    const { maxResults, ...unknown } = options ?? {};
    record('WebSearchTool.constructor', this.#label, [{ maxResults, ...unknown }]);
  }

  run(args: Record<string, unknown>): unknown {
    record('WebSearchTool.run', this.#label, [args]);
    return [];
  }
}

export class CodeIntelligenceTool implements Tool {
  name = 'code_intelligence';
  description = 'Answers questions about a code base';
  readonly #label: string;

  constructor(options?: { root?: string }) {
    this.#label = label('CodeIntelligenceTool', this);
    const { root, ...unknown } = options ?? {};
    record('CodeIntelligenceTool.constructor', this.#label, [{ root, ...unknown }]);
  }

  run(args: Record<string, unknown>): unknown {
    record('CodeIntelligenceTool.run', this.#label, [args]);
    return [];
  }
}
