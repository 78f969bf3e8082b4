/**
 * Runs ESLint's autofix to its fixed point while counting the passes, so tests can assert that
 * chained fixes (a fix whose output triggers another rule's fix) converge, and in how many passes.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter, type SourceCode } from 'eslint';

export interface FixToFixedPointResult {
  /** The text after ESLint's fix loop — the same text `eslint --fix` would write. */
  output: string;
  /** How many fix passes changed the text. */
  passes: number;
  /** The problems still reported on `output`. */
  remaining: Linter.LintMessage[];
  /** A second, full `verifyAndFix` run on `output` changes the text in no pass. */
  stable: boolean;
}

/**
 * A Linter that records the text of every `verify` call.
 *
 * How the passes are counted: `Linter#verifyAndFix` runs a loop of passes (at most 10, and it
 * stops early on circular fixes); each pass calls `this.verify(currentText)` and then applies the
 * non-overlapping fixes to get the next text. After a pass that applied fixes, the new text is
 * always verified again (either by the next pass or by the final re-lint), so the sequence of
 * texts given to `verify` is exactly text₀, text₁, …, textₙ: the number of passes that changed the
 * text is the number of consecutive pairs that differ. This uses ESLint's own fix loop and fixer
 * unchanged (so `output` is what `eslint --fix` produces) in a single `verifyAndFix` call.
 *
 * `getFixPassCount()` (with `stats: true`) was not used: it counts passes in which a fix was
 * *applied*, including fixes that rewrite a range with identical text, which change nothing.
 * Calling `verifyAndFix` once per pass with a `fix` predicate would need the same pass boundary
 * information and re-lint every intermediate text twice.
 */
class RecordingLinter extends Linter {
  readonly verifiedTexts: string[] = [];

  override verify(
    code: SourceCode | string,
    config: Linter.Config | Linter.Config[],
    filenameOrOptions?: string | Linter.LintOptions,
  ): Linter.LintMessage[] {
    this.verifiedTexts.push(typeof code === 'string' ? code : code.text);
    return super.verify(code, config, filenameOrOptions as Linter.LintOptions);
  }
}

/** One `verifyAndFix` call (ESLint's whole fix loop) and the number of passes that changed the text. */
function runFixLoop(code: string, filename: string, configs: Linter.Config[]): { report: Linter.FixReport; passes: number } {
  const linter = new RecordingLinter();
  const report = linter.verifyAndFix(code, configs, { filename, fix: true });
  const texts = linter.verifiedTexts;
  if (texts[0] !== code || texts.at(-1) !== report.output) {
    throw new Error('fixToFixedPoint: Linter#verifyAndFix no longer verifies each pass through this.verify; cannot count passes');
  }
  let passes = 0;
  for (let index = 1; index < texts.length; index++) if (texts[index] !== texts[index - 1]) passes++;
  return { report, passes };
}

export function fixToFixedPoint(code: string, filename: string, configs: Linter.Config[]): FixToFixedPointResult {
  const { report, passes } = runFixLoop(code, filename, configs);
  // Stable = the second run changes the text in no pass. Comparing only its final output would
  // miss circular fixes (a→b→a ends on the text it started from).
  const second = runFixLoop(report.output, filename, configs);
  return { output: report.output, passes, remaining: report.messages, stable: second.passes === 0 };
}

/** Applies `@typescript-eslint/parser` to TypeScript files (JSX is parsed in `.tsx` only). */
export const tsLanguageOptions: Linter.Config = {
  name: 'test/typescript-parser',
  files: ['**/*.{ts,tsx,mts,cts}'],
  languageOptions: {
    parser: tsParser as Linter.Parser,
    parserOptions: {
      // typescript-estree derives the script kind from the extension, so this flag only turns on
      // JSX for `.tsx` files; `.ts`/`.mts`/`.cts` keep `<T>value` type assertions.
      ecmaFeatures: { jsx: true },
    },
  },
};

/** `[tsLanguageOptions, ...plugin.configs.recommended]` — the plugin as a user would enable it. */
export function withPlugin(plugin: { configs: { recommended: unknown } }): Linter.Config[] {
  const recommended = plugin.configs.recommended as Linter.Config | Linter.Config[];
  return [tsLanguageOptions, ...(Array.isArray(recommended) ? recommended : [recommended])];
}
