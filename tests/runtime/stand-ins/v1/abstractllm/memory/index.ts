/** Stand-in for `abstractllm/memory` 1.x. */
export { HierarchicalMemory } from './hierarchical.js';
export type { MemoryItem, MemoryLevel } from './hierarchical.js';
export { summarize } from '../../../v2/abstractmemory.js';
