import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../create-rule.js';
import { isTableKey, legacyPackage, memoryRemovedMembers } from '../migration-table.js';
import { isInTypeQuery, mayName, objectAsWritten, staticKeyName, staticString } from '../utils/ast.js';
import { instanceTrackerFor } from '../utils/instances.js';
import { destructuredLegacyMembers, indexedLegacyMember, indexedName, instanceAt, spiedLegacyMember, typeQueriedMember } from '../utils/named-members.js';
import { hasTypeInformation } from '../utils/typed.js';

export type MessageIds = 'removedMember';

type RemovedMember = keyof typeof memoryRemovedMembers;

const removedMemberNames = Object.keys(memoryRemovedMembers);

export default createRule<[], MessageIds>({
  name: 'no-deprecated-memory',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow abstractllm 1.x `HierarchicalMemory` members that `TemporalMemory` does not have',
      recommended: true,
    },
    schema: [],
    messages: {
      removedMember:
        '`{{object}}.{{member}}` has no automatic replacement in abstractllm 2.0: `TemporalMemory` stores bi-temporal facts with `{{replacement}}`. Decide the subject, predicate and object of what you stored, and rewrite this call by hand.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    if (!hasTypeInformation(sourceCode) && !mayName(sourceCode.text, [legacyPackage, 'abstractmemory'])) return {};
    // Nothing is reported but a removed member by name, typed or not: a file that cannot name one
    // (most files, 1.x ones too) needs no listener on every member expression.
    if (!mayName(sourceCode.text, removedMemberNames)) return {};

    const candidates: TSESTree.MemberExpression[] = [];
    // `const { addToWorkingMemory } = memory` takes the member by name (D7: reported all the same),
    // and so do `typeof m.addToWorkingMemory`, `vi.spyOn(m, 'addToWorkingMemory')` and
    // `HierarchicalMemory['addToWorkingMemory']`.
    const patterns: TSESTree.ObjectPattern[] = [];
    const named: (TSESTree.TSQualifiedName | TSESTree.CallExpression | TSESTree.TSIndexedAccessType)[] = [];
    const isRemoved = (name: string | undefined): boolean => name !== undefined && isTableKey(memoryRemovedMembers, name);
    return {
      MemberExpression(node) {
        if (isRemoved(staticKeyName(node.property, node.computed))) candidates.push(node);
      },
      ObjectPattern(node) {
        patterns.push(node);
      },
      TSQualifiedName(node) {
        if (isRemoved(node.right.name) && node.left.type === AST_NODE_TYPES.Identifier && isInTypeQuery(node)) named.push(node);
      },
      TSIndexedAccessType(node) {
        if (isRemoved(indexedName(node))) named.push(node);
      },
      'CallExpression[callee.property.name="spyOn"]'(node: TSESTree.CallExpression) {
        if (isRemoved(staticString(node.arguments[1]))) named.push(node);
      },
      'Program:exit'() {
        if (candidates.length === 0 && patterns.length === 0 && named.length === 0) return;
        const tracker = instanceTrackerFor(sourceCode);
        const report = (node: TSESTree.Node, object: string, member: RemovedMember): void =>
          context.report({ node, messageId: 'removedMember', data: { object, member, replacement: memoryRemovedMembers[member] } });
        for (const pattern of patterns) {
          const taken = destructuredLegacyMembers(sourceCode, tracker, pattern);
          if (taken?.tracked.legacyName !== 'HierarchicalMemory') continue;
          for (const { property, name } of taken.members) report(property, taken.object, name as RemovedMember);
        }
        for (const node of candidates) {
          // Reported on a 1.x HierarchicalMemory and on a TemporalMemory alike: a rename never hides it (D7).
          const member = staticKeyName(node.property, node.computed) as RemovedMember;
          // Also where it holds one on some paths only (`this.memory = stub` in a test mode): it is reported, never fixed.
          const held = instanceAt(sourceCode, tracker, node.object, member) ?? tracker.maybeHeld(node.object);
          if (held?.legacyName !== 'HierarchicalMemory' || !tracker.ownsMember(held, member)) continue;
          report(node, objectAsWritten(sourceCode, node), member);
        }
        for (const node of named) {
          if (node.type === AST_NODE_TYPES.TSQualifiedName) {
            if (typeQueriedMember(sourceCode, tracker, node)?.legacyName === 'HierarchicalMemory') {
              report(node, sourceCode.getText(node.left), node.right.name as RemovedMember);
            }
          } else if (node.type === AST_NODE_TYPES.TSIndexedAccessType) {
            const indexed = indexedLegacyMember(tracker, node);
            if (indexed?.tracked.legacyName === 'HierarchicalMemory') report(node, sourceCode.getText(node.objectType), indexed.member as RemovedMember);
          } else {
            const spied = spiedLegacyMember(sourceCode, tracker, node);
            if (spied?.tracked.legacyName === 'HierarchicalMemory') report(node, sourceCode.getText(spied.target), spied.member as RemovedMember);
          }
        }
      },
    };
  },
});
