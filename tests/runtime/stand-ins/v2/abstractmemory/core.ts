/** Stand-in for `abstractmemory/core`. */
export { TemporalMemory } from '../abstractmemory.js';
export type { MemoryItem, MemoryLevel } from '../abstractmemory.js';
