import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { NestedFixes } from '../../src/utils/nested-fixes.js';

// `outer` is 0–5, `inner` 6–11, `x` 12–13, `y` 16–17, the outer call 0–18, `other` 21–26, its call 21–29.
const text = 'outer(inner(x), y) + other(z)';
const node = (start: number, end: number) => ({ range: [start, end] }) as unknown as TSESTree.Node;
const edit = (start: number, end: number, replacement: string) => ({ range: [start, end] as const, text: replacement });

/** What each report's fix would write, applied to `text` alone. */
function reportedFixes(fixes: NestedFixes<'m'>): { node: readonly number[]; edits: { range: readonly number[]; text: string }[] | undefined }[] {
  const reports: TSESLint.ReportDescriptor<'m'>[] = [];
  fixes.report({ report: (descriptor: TSESLint.ReportDescriptor<'m'>) => reports.push(descriptor) } as never);
  const fixer = { replaceTextRange: (range: readonly number[], replacement: string) => ({ range, text: replacement }) };
  return reports.map((report) => ({
    node: (report as { node: TSESTree.Node }).node.range,
    edits: report.fix ? ([report.fix(fixer as never)].flat() as { range: readonly number[]; text: string }[]) : undefined,
  }));
}

describe('NestedFixes', () => {
  it('gives an outer fix the disjoint fixes inside its range, whole, and leaves siblings alone', () => {
    const fixes = new NestedFixes<'m'>({ text } as never);
    // outer: rename `outer` and `y`; inner: rename `inner` and `x`; other: outside the outer range.
    fixes.add({ descriptor: { node: node(0, 18), messageId: 'm' }, edits: [edit(0, 5, 'OUTER'), edit(16, 17, 'Y')] });
    fixes.add({ descriptor: { node: node(6, 14), messageId: 'm' }, edits: [edit(6, 11, 'INNER'), edit(12, 13, 'X')] });
    fixes.add({ descriptor: { node: node(21, 29), messageId: 'm' }, edits: [edit(21, 26, 'OTHER')] });
    expect(reportedFixes(fixes)).toEqual([
      { node: [0, 18], edits: [edit(0, 5, 'OUTER'), edit(16, 17, 'Y'), edit(6, 11, 'INNER'), edit(12, 13, 'X')] },
      { node: [6, 14], edits: [edit(6, 11, 'INNER'), edit(12, 13, 'X')] },
      { node: [21, 29], edits: [edit(21, 26, 'OTHER')] },
    ]);
  });

  it('does not carry a nested fix that overlaps or touches an edit of the outer one (it waits for a later pass)', () => {
    const fixes = new NestedFixes<'m'>({ text } as never);
    fixes.add({ descriptor: { node: node(0, 18), messageId: 'm' }, edits: [edit(0, 18, 'rewritten')] });
    fixes.add({ descriptor: { node: node(6, 14), messageId: 'm' }, edits: [edit(6, 11, 'INNER')] });
    fixes.add({ descriptor: { node: node(0, 5), messageId: 'm' }, edits: [edit(5, 5, '!')] });
    const [outer] = reportedFixes(fixes);
    expect(outer).toEqual({ node: [0, 18], edits: [edit(0, 18, 'rewritten')] });
  });

  it("writes the fixes planned inside a node into that node's text, outermost first", () => {
    const fixes = new NestedFixes<'m'>({ text } as never);
    fixes.add({ descriptor: { node: node(6, 14), messageId: 'm' }, edits: [edit(6, 11, 'INNER'), edit(12, 13, 'X')] });
    // Inside the inner call's range and touching its edit: left for a later pass.
    fixes.add({ descriptor: { node: node(12, 13), messageId: 'm' }, edits: [edit(12, 13, 'never')] });
    fixes.add({ descriptor: { node: node(21, 29), messageId: 'm' }, edits: [edit(21, 26, 'OTHER')] });
    expect(fixes.textOf(node(0, 18))).toBe('outer(INNER(X), y)');
    expect(fixes.textOf(node(21, 29))).toBe('OTHER(z)');
    expect(fixes.textOf(node(15, 18))).toBe(' y)');
  });

  it('reports a planned problem with no edits without a fix', () => {
    const fixes = new NestedFixes<'m'>({ text } as never);
    fixes.add({ descriptor: { node: node(0, 5), messageId: 'm' }, edits: [] });
    expect(reportedFixes(fixes)).toEqual([{ node: [0, 5], edits: undefined }]);
  });
});
