/** Stand-in for `abstractllm/cli` 1.x. */
export { runCli } from '../../v2/abstractagent/cli.js';
