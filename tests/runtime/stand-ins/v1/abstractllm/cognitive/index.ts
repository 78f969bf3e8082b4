/** Stand-in for `abstractllm/cognitive` 1.x. */
export { extractFacts, FactsExtractor } from '../../../v2/abstractmemory/cognitive/index.js';
export type { Fact } from '../../../v2/abstractmemory/cognitive/index.js';
