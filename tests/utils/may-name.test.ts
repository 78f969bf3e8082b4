import { describe, expect, it } from 'vitest';
import { mayName } from '../../src/utils/ast.js';

describe('mayName', () => {
  const spelled = [
    ["import x from 'abstractllm';", 'as written'],
    ["import x from 'abstractll\\u006d';", 'a \\u escape'],
    ["import x from 'abstractll\\u006D';", 'an upper-case \\u escape'],
    ["import x from 'abstractll\\x6d';", 'a \\x escape'],
    ["import x from 'abstractll\\u{00006d}';", 'a code-point escape'],
    ["import x from 'abstractll\\m';", 'an identity escape'],
    ["require('abstractll\\155');", 'a legacy octal escape (sloppy scripts)'],
    ["import x from 'abstract\\\nllm';", 'a line continuation'],
    ["import x from 'abstract\\\r\nl\\\u2028lm';", 'CRLF and U+2028 line continuations'],
  ] as const;
  for (const [text, how] of spelled) {
    it(`finds the name spelled with ${how}`, () => expect(mayName(text, ['abstractllm'])).toBe(true));
  }

  it('finds an escaped slash in a name that has one', () => {
    expect(mayName("import 'abstractllm\\/compat';", ['abstractllm/compat'])).toBe(true);
    expect(mayName("import 'abstractllm\\x2Fcompat';", ['abstractllm/compat'])).toBe(true);
  });

  it('finds any of several names', () => {
    expect(mayName("m['addToWorkingM\\emory'](x);", ['consolidate', 'addToWorkingMemory'])).toBe(true);
  });

  it('is not switched on by escapes that spell something else', () => {
    const regexHeavy = String.raw`const re = /^\d+\s*\/\w+$/; const s = 'a\nb\tc\\'; const u = '\u0041BC';`;
    expect(mayName(regexHeavy, ['abstractllm', 'Session'])).toBe(false);
    // `\b`, `\n`, `\t` … are other characters, not the letter.
    expect(mayName("import x from 'a\\bstractllm';", ['abstractllm'])).toBe(false);
    expect(mayName("import x from 'abstractll\\n';", ['abstractllm'])).toBe(false);
  });

  it('is false for a file that names none of them', () => {
    expect(mayName('export const x = 1;', ['abstractllm'])).toBe(false);
  });
});
