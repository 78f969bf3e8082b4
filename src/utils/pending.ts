import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { exportMoves, hasMigration, memoryRemovedMembers, sessionMemberMoves } from '../migration-table.js';
import { moduleExportName, staticKeyName } from './ast.js';
import type { InstanceTracker } from './instances.js';
import { destructuredLegacyMembers, spiedSessionMember, typeQueriedSession } from './named-members.js';
import type { ModuleSite } from './module-sites.js';
import { hasLegacyOptions } from './options.js';

const legacyMembers = new Set<string>([...Object.keys(sessionMemberMoves), 'load', ...Object.keys(memoryRemovedMembers)]);

/**
 * Whether a file still has something to migrate, by the same tables the migration rules use:
 * a moved path, a table-B name imported from its 1.x module, a 1.x class member or option in use.
 * Conservative: a namespace of a module that lost names counts as pending. Used to decide when
 * the compatibility layer may go (MIGRATION.md G).
 */
export function hasPendingMigration(
  sites: readonly ModuleSite[],
  members: readonly TSESTree.MemberExpression[],
  constructions: readonly TSESTree.NewExpression[],
  tracker: InstanceTracker,
  sourceCode: Readonly<TSESLint.SourceCode>,
  /** Object patterns: `const { generate } = session` takes a 1.x member by name. */
  patterns: readonly TSESTree.ObjectPattern[] = [],
  /** Other uses of a member by name: `typeof session.id` (a type query), `vi.spyOn(session, 'generate')`. */
  named: readonly (TSESTree.TSQualifiedName | TSESTree.CallExpression)[] = [],
): boolean {
  for (const site of sites) if (hasMigration(site.specifier, namesBound(site))) return true;
  for (const member of members) {
    const name = staticKeyName(member.property, member.computed);
    if (name === undefined || !legacyMembers.has(name)) continue;
    // `Agent.load(…)` too: 2.0 has no static load, the Session rule reports it on either class.
    if (tracker.instanceOf(member.object) || (name === 'load' && tracker.classOf(member.object)?.legacyName === 'Session')) return true;
  }
  // What the Session and memory rules report by name: destructured, type-queried, spied on.
  if (patterns.some((pattern) => destructuredLegacyMembers(tracker, pattern))) return true;
  for (const use of named) {
    if (use.type === AST_NODE_TYPES.TSQualifiedName ? typeQueriedSession(tracker, use) : spiedSessionMember(sourceCode, tracker, use)) return true;
  }
  for (const construction of constructions) {
    const tracked = tracker.classOf(construction.callee);
    if (tracked?.version === 1) return true;
    const session = exportMoves.find((move) => move.migratableOptions)?.name;
    if (tracked?.legacyName === session && hasLegacyOptions(construction)) return true;
  }
  return false;
}

/** The names a site takes from its module: `*` when it takes the whole module object. */
function namesBound(site: ModuleSite): string[] {
  switch (site.kind) {
    case 'import':
      return site.node.specifiers.map((s) =>
        s.type === AST_NODE_TYPES.ImportSpecifier ? moduleExportName(s.imported) : s.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default' : '*',
      );
    case 'export-named':
      return site.node.specifiers.map((s) => moduleExportName(s.local));
    case 'resolve':
      return [];
    case 'load': {
      const pattern = site.node.parent?.type === AST_NODE_TYPES.VariableDeclarator ? site.node.parent.id : undefined;
      if (pattern?.type === AST_NODE_TYPES.ObjectPattern) {
        return pattern.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? (staticKeyName(p.key, p.computed) ?? '*') : '*'));
      }
      return ['*'];
    }
    default:
      return ['*'];
  }
}
