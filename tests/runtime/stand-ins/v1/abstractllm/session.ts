/** Stand-in for `abstractllm/session` 1.x. */
export { Session } from '../abstractllm.js';
export type { GenerateOptions, SessionOptions } from '../abstractllm.js';
