/** Stand-in for `abstractllm/react` 1.x. */
export { ReActCycle } from '../../v2/abstractagent/reasoning/react.js';
