/** Stand-in for `abstractllm/compat` 1.x. */
export { CompatibilityLayer } from '../../v2/abstractllm/compat.js';
