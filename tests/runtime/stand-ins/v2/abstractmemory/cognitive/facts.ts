/** Stand-in for `abstractmemory/cognitive/facts`. */
import type { Fact } from './index.js';
import { label, record } from '../../../recorder.js';

export class FactsExtractor {
  readonly #label: string;

  constructor(options?: { minConfidence?: number }) {
    this.#label = label('FactsExtractor', this);
    const { minConfidence, ...unknown } = options ?? {};
    record('FactsExtractor.constructor', this.#label, [{ minConfidence, ...unknown }]);
  }

  extract(text: string): Fact[] {
    record('FactsExtractor.extract', this.#label, [text]);
    return [];
  }
}
