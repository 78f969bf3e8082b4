/** Stand-in for `abstractllm/cognitive/facts` 1.x. */
export { FactsExtractor } from '../../../v2/abstractmemory/cognitive/facts.js';
