/** Stand-in for `abstractllm/compat` 2.x. */
import { record } from '../../recorder.js';

export class CompatibilityLayer {
  static setup(): 'new' | 'legacy' {
    record('CompatibilityLayer.setup', undefined, []);
    return 'new';
  }
}
