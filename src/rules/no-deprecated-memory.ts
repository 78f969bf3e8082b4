import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { isTableKey, legacyPackage, memoryRemovedMembers } from '../migration-table.js';
import { mayNameAny, staticKeyName } from '../utils/ast.js';
import { instanceTrackerFor } from '../utils/instances.js';
import { destructuredLegacyMembers, instanceAt } from '../utils/named-members.js';
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
    if (!hasTypeInformation(sourceCode) && !sourceCode.text.includes(legacyPackage) && !sourceCode.text.includes('abstractmemory')) return {};
    // Nothing is reported but a removed member by name, typed or not: a file that cannot name one
    // (most files, 1.x ones too) needs no listener on every member expression.
    if (!mayNameAny(sourceCode.text, removedMemberNames)) return {};

    const candidates: TSESTree.MemberExpression[] = [];
    // `const { addToWorkingMemory } = memory` takes the member by name (D7: reported all the same).
    const patterns: TSESTree.ObjectPattern[] = [];
    return {
      MemberExpression(node) {
        const name = staticKeyName(node.property, node.computed);
        if (name !== undefined && isTableKey(memoryRemovedMembers, name)) candidates.push(node);
      },
      ObjectPattern(node) {
        patterns.push(node);
      },
      'Program:exit'() {
        if (candidates.length === 0 && patterns.length === 0) return;
        const tracker = instanceTrackerFor(sourceCode);
        for (const pattern of patterns) {
          const taken = destructuredLegacyMembers(sourceCode, tracker, pattern);
          if (taken?.tracked.legacyName !== 'HierarchicalMemory') continue;
          const { object } = taken;
          for (const { property, name } of taken.members) {
            const member = name as RemovedMember;
            context.report({ node: property, messageId: 'removedMember', data: { object, member, replacement: memoryRemovedMembers[member] } });
          }
        }
        for (const node of candidates) {
          // Reported on a 1.x HierarchicalMemory and on a TemporalMemory alike: a rename never hides it (D7).
          if (instanceAt(sourceCode, tracker, node.object)?.legacyName !== 'HierarchicalMemory') continue;
          const member = staticKeyName(node.property, node.computed) as RemovedMember;
          context.report({
            node,
            messageId: 'removedMember',
            data: { object: sourceCode.getText(node.object), member, replacement: memoryRemovedMembers[member] },
          });
        }
      },
    };
  },
});
