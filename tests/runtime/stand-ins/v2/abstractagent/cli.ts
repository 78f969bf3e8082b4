/** Stand-in for `abstractagent/cli`. */
import { record } from '../../recorder.js';

export async function runCli(argv: string[]): Promise<number> {
  record('runCli', undefined, [argv]);
  return 0;
}
