/** Stand-in for `abstractllm/tools` 2.x: the basic tools that stayed in the core package. */
import { record } from '../../recorder.js';

export function readFile(path: string): string {
  record('readFile', undefined, [path]);
  return `contents of ${path}`;
}

export function writeFile(path: string, content: string): void {
  record('writeFile', undefined, [path, content]);
}
