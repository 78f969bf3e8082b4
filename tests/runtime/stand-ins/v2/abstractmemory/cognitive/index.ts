/** Stand-in for `abstractmemory/cognitive`. */
import { record } from '../../../recorder.js';

export interface Fact {
  subject: string;
  predicate: string;
  object: string;
}

export function extractFacts(text: string): Fact[] {
  record('extractFacts', undefined, [text]);
  return [];
}

export { FactsExtractor } from './facts.js';
