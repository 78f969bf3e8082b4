/** Stand-in for `abstractagent/reasoning/react`. */
import { label, record } from '../../../recorder.js';

export class ReActCycle {
  readonly #label: string;

  constructor(options?: { maxSteps?: number }) {
    this.#label = label('ReActCycle', this);
    const { maxSteps, ...unknown } = options ?? {};
    record('ReActCycle.constructor', this.#label, [{ maxSteps, ...unknown }]);
  }

  get steps(): { thought: string; action?: string; observation?: string }[] {
    record('ReActCycle.steps', this.#label, []);
    return [];
  }
}
