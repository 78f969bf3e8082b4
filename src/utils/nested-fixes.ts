import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Edit } from './ast.js';

/** A fixable problem held back until the file is done: what to report, and its edits. */
export interface PlannedFix<MessageIds extends string> {
  descriptor: { node: TSESTree.Node; messageId: MessageIds; data?: Record<string, unknown> };
  edits: readonly Edit[];
}

/**
 * The fixable problems of one rule in one file, whose fixes may nest (MIGRATION.md D6).
 *
 * ESLint merges a fix's edits into one range, from the first edit to the last, and one pass
 * applies no two fixes whose ranges overlap. The fix of `s.generateWithTools(s.generateWithTools(p, o), o)`
 * renames the outer member and edits its options, so its range holds the inner call, whose fix
 * would wait for the next pass: one pass per level of nesting. Two things keep nested fixes in
 * one pass:
 * - `textOf` gives a node's text as the fixes planned inside it would leave it, for a fix that
 *   rewrites a whole node around them (`new Agent({ provider: s.id })` writes `s.session.id`);
 * - `report` gives each fix the fixes nested in its range that do not touch its edits, whole.
 * Every edit is planned on the same text, and the ones applied together are disjoint, so a pass
 * writes what applying them one pass after another would.
 */
export class NestedFixes<MessageIds extends string> {
  private readonly planned: { plan: PlannedFix<MessageIds>; start: number; end: number }[] = [];

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  add(plan: PlannedFix<MessageIds>): void {
    if (plan.edits.length === 0) {
      const [start, end] = plan.descriptor.node.range;
      this.planned.push({ plan, start, end });
      return;
    }
    const starts = plan.edits.map((edit) => edit.range[0]);
    const ends = plan.edits.map((edit) => edit.range[1]);
    this.planned.push({ plan, start: Math.min(...starts), end: Math.max(...ends) });
  }

  /** The text of `node` with the fixes planned inside it so far applied. */
  textOf(node: TSESTree.Node): string {
    const [start, end] = node.range;
    const text = this.sourceCode.text;
    const inside = this.sortedByStart()
      .filter((p) => p.plan.edits.length > 0 && p.start >= start && p.end <= end)
      .map((p) => p.plan);
    const edits = carry([], inside).sort((a, b) => a.range[0] - b.range[0]);
    let result = '';
    let at = start;
    for (const edit of edits) {
      result += text.slice(at, edit.range[0]) + edit.text;
      at = edit.range[1];
    }
    return result + text.slice(at, end);
  }

  /** Reports every planned problem; each fix carries the disjoint fixes nested in its range. */
  report(context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>): void {
    const sorted = this.sortedByStart();
    for (const [index, { plan, end }] of sorted.entries()) {
      if (plan.edits.length === 0) {
        context.report(plan.descriptor);
        continue;
      }
      // Those inside this span come right after it in `sorted` (same start: the longer first).
      const inside: PlannedFix<MessageIds>[] = [];
      for (let next = index + 1; next < sorted.length && sorted[next]!.start <= end; next++) {
        if (sorted[next]!.end <= end) inside.push(sorted[next]!.plan);
      }
      const edits = inside.length === 0 ? plan.edits : carry([...plan.edits], inside);
      context.report({
        ...plan.descriptor,
        fix: (fixer) => edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text)),
      });
    }
  }

  private sortedByStart(): { plan: PlannedFix<MessageIds>; start: number; end: number }[] {
    return [...this.planned].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/**
 * `taken`, plus the edits of each fix in `candidates` (outermost first) that touches none already
 * taken, whole. A fix left out is inside an edit that rewrote its node around it (and wrote it
 * into its text), or is left to the next pass.
 */
function carry<MessageIds extends string>(taken: Edit[], candidates: readonly PlannedFix<MessageIds>[]): Edit[] {
  for (const { edits } of candidates) {
    const disjoint = edits.every((edit) => taken.every((other) => edit.range[1] < other.range[0] || other.range[1] < edit.range[0]));
    if (disjoint) taken.push(...edits);
  }
  return taken;
}
