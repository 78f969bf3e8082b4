import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { type TrackedClass, isTableKey, memoryRemovedMembers, sessionMemberMoves } from '../migration-table.js';
import { patternMembers, patternSource, staticString } from './ast.js';
import type { InstanceTracker } from './instances.js';
import { isTestRunner } from './module-sites.js';

/**
 * 1.x members named without a member expression: destructured (`const { generate } = s`), in a
 * type query (`typeof s.id`) or by string in a spy (`vi.spyOn(s, 'generate')`). The Session and
 * memory rules report them, and no-compat-layer counts them as left to migrate: one answer for all.
 */

/** The members of a tracked class that 2.0 changed, by the rule that reports them. */
function legacyMembersOf(tracked: TrackedClass | undefined): object | undefined {
  if (tracked?.legacyName === 'Session') return sessionMemberMoves;
  return tracked?.legacyName === 'HierarchicalMemory' ? memoryRemovedMembers : undefined;
}

/** `const { generate } = s`, `({ id } = s)`, `({ messages }: Session)`: the instance and the 1.x members taken from it. */
export function destructuredLegacyMembers(
  tracker: InstanceTracker,
  pattern: TSESTree.ObjectPattern,
): { tracked: TrackedClass; object: TSESTree.Node; members: { property: TSESTree.Property; name: string }[] } | undefined {
  const candidates = patternMembers(pattern, (name) => isTableKey(sessionMemberMoves, name) || isTableKey(memoryRemovedMembers, name));
  const source = candidates.length > 0 ? patternSource(pattern) : undefined;
  if (!source) return undefined;
  const object = 'value' in source ? source.value : source.type;
  const tracked = 'value' in source ? tracker.instanceOf(source.value) : tracker.classOf(source.type);
  const table = legacyMembersOf(tracked);
  const members = table ? candidates.filter(({ name }) => isTableKey(table, name)) : [];
  return members.length > 0 ? { tracked: tracked!, object, members } : undefined;
}

/** `typeof s.id`, `ReturnType<typeof s.generate>`: the Session whose 1.x member a type query names. */
export function typeQueriedSession(tracker: InstanceTracker, node: TSESTree.TSQualifiedName): TrackedClass | undefined {
  if (!isTableKey(sessionMemberMoves, node.right.name)) return undefined;
  const tracked = tracker.instanceOf(node.left);
  return tracked?.legacyName === 'Session' ? tracked : undefined;
}

/** `vi.spyOn(session, 'generate')`, `jest.spyOn(Session, 'load')`: a test runner's spy on a 1.x Session member. */
export function spiedSessionMember(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: InstanceTracker,
  call: TSESTree.CallExpression,
): { target: TSESTree.Node; member: string } | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (!isTestRunner(sourceCode, callee.object)) return undefined;
  const [target] = call.arguments;
  const member = staticString(call.arguments[1]);
  if (!target || member === undefined || (member !== 'load' && !isTableKey(sessionMemberMoves, member))) return undefined;
  const tracked = member === 'load' ? tracker.classOf(target) : tracker.instanceOf(target);
  return tracked?.legacyName === 'Session' ? { target, member } : undefined;
}
