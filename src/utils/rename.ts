import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { Edit } from './ast.js';
import type { ReferenceNode } from './scope.js';

/**
 * The edits that make every reference of a binding say `newName` (MIGRATION.md D3): values,
 * types, `typeof`, JSX tags, and the two places where the old name is also a public name and
 * must survive: a shorthand property (`{ Session }` → `{ Session: Agent }`, in an object or in an
 * assignment pattern, `({ Session = x } = o)` → `({ Session: Agent = x } = o)`) and a local export
 * (`export { Session }` → `export { Agent as Session }`).
 */
export function renameReferences(references: readonly ReferenceNode[], oldName: string, newName: string): Edit[] {
  if (oldName === newName) return [];
  const edits: Edit[] = [];
  for (const reference of references) {
    const parent = reference.parent;
    if (isShorthandValue(reference)) {
      edits.push({ range: reference.range, text: `${oldName}: ${newName}` });
    } else if (parent?.type === AST_NODE_TYPES.ExportSpecifier && parent.local === reference) {
      const shorthand = parent.exported.range[0] === parent.local.range[0];
      edits.push(
        shorthand
          ? { range: [reference.range[0], parent.range[1]], text: `${newName} as ${oldName}` }
          : { range: reference.range, text: newName },
      );
    } else {
      edits.push({ range: reference.range, text: newName });
    }
  }
  return edits;
}

/** The identifier is the value of a shorthand property, in an object or a pattern (with a default or not). */
function isShorthandValue(reference: ReferenceNode): boolean {
  let value: TSESTree.Node = reference;
  if (reference.parent?.type === AST_NODE_TYPES.AssignmentPattern && reference.parent.left === reference) value = reference.parent;
  const property = value.parent;
  return property?.type === AST_NODE_TYPES.Property && property.shorthand && property.value === value;
}
