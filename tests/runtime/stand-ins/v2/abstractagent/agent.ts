/** Stand-in for `abstractagent/agent`. */
export { Agent } from '../abstractagent.js';
export type { AgentOptions, ChatOptions, LLMConfig, MemoryConfig } from '../abstractagent.js';
