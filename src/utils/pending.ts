import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { exportMoves, hasMigration } from '../migration-table.js';
import { moduleExportName, staticKeyName } from './ast.js';
import type { InstanceTracker } from './instances.js';
import { destructuredLegacyMembers, indexedLegacyMember, instanceAt, isLegacyMemberName, spiedLegacyMember, typeQueriedMember } from './named-members.js';
import type { ModuleSite } from './module-sites.js';
import { hasLegacyAttributes, hasLegacyOptions } from './options.js';
import { jsxTagIdentifier, memberReadsOf } from './scope.js';

/**
 * Whether a file still has something to migrate, by the same tables the migration rules use:
 * a moved path, a table-B name imported from its 1.x module, a 1.x class member or option in use.
 * A namespace counts by the members read off it. Used to decide when the compatibility layer may
 * go (MIGRATION.md G).
 */
export function hasPendingMigration(
  sites: readonly ModuleSite[],
  members: readonly TSESTree.MemberExpression[],
  /** `new C(…)`, and JSX elements (`<Agent provider="x" />` constructs `Agent` with its attributes). */
  constructions: readonly (TSESTree.NewExpression | TSESTree.JSXOpeningElement)[],
  tracker: InstanceTracker,
  sourceCode: Readonly<TSESLint.SourceCode>,
  /** Object patterns: `const { generate } = session` takes a 1.x member by name. */
  patterns: readonly TSESTree.ObjectPattern[] = [],
  /**
   * Other uses of a member by name: `typeof session.id` (a type query), `vi.spyOn(session, 'generate')`,
   * `Session['generate']` (an indexed access type).
   */
  named: readonly (TSESTree.TSQualifiedName | TSESTree.CallExpression | TSESTree.TSIndexedAccessType)[] = [],
): boolean {
  // The elements' tags, for the members read off a module object in one (`<llm.Session />`).
  const tags = constructions.flatMap((construction) => (construction.type === AST_NODE_TYPES.JSXOpeningElement ? (jsxTagIdentifier(construction.name) ?? []) : []));
  for (const site of sites) if (hasMigration(site.specifier, namesBound(site, sourceCode, tags))) return true;
  for (const member of members) {
    const name = staticKeyName(member.property, member.computed);
    if (name === undefined || !isLegacyMemberName(name)) continue;
    // `Agent.load(…)` too: 2.0 has no static load, the Session rule reports it on either class. A
    // 1.x name the project gives the class itself (`Agent & { generate… }`, a polyfill's typing)
    // counts too: at run time it may be the layer that provides it.
    if (instanceAt(sourceCode, tracker, member.object) || tracker.maybeHeld(member.object) || (name === 'load' && tracker.classOf(member.object)?.legacyName === 'Session')) return true;
  }
  // What the Session and memory rules report by name: destructured, type-queried, spied on.
  if (patterns.some((pattern) => destructuredLegacyMembers(sourceCode, tracker, pattern))) return true;
  for (const use of named) {
    const found =
      use.type === AST_NODE_TYPES.TSQualifiedName
        ? typeQueriedMember(sourceCode, tracker, use)
        : use.type === AST_NODE_TYPES.TSIndexedAccessType
          ? indexedLegacyMember(tracker, use)
          : spiedLegacyMember(sourceCode, tracker, use);
    if (found) return true;
  }
  const session = exportMoves.find((move) => move.migratableOptions)?.name;
  for (const construction of constructions) {
    const element = construction.type === AST_NODE_TYPES.JSXOpeningElement;
    const tracked = tracker.classOf(element ? construction.name : construction.callee);
    if (tracked?.version === 1) return true;
    if (tracked?.legacyName === session && (element ? hasLegacyAttributes(construction) : hasLegacyOptions(construction))) return true;
  }
  return false;
}

/**
 * The names a site takes from its module: `*` when it takes the whole module object in a way
 * the names cannot be read off. A namespace (`import * as llm`, `import llm from`, `const llm =
 * require(…)`, `import llm = require(…)`) takes the members read off it, as no-deprecated-imports
 * plans them: `llm.createLLM` alone leaves nothing to migrate.
 */
function namesBound(site: ModuleSite, sourceCode: Readonly<TSESLint.SourceCode>, tags: readonly TSESTree.JSXIdentifier[]): string[] {
  const membersReadOff = (variable: TSESLint.Scope.Variable | undefined): string[] => {
    if (!variable) return ['*'];
    const { reads, wholeAtRunTime } = memberReadsOf(variable, { tags, sourceCode });
    // Passed, returned, exported: whatever receives it may take any name (conservative). A type
    // query of it (`typeof llm`) does not run, and no rule reports it.
    return [...reads.map((read) => read.name), ...(wholeAtRunTime ? ['*'] : [])];
  };
  switch (site.kind) {
    case 'import': {
      const named = site.node.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
      if (named.length > 0 || site.node.specifiers.length !== 1) {
        return site.node.specifiers.map((s) =>
          s.type === AST_NODE_TYPES.ImportSpecifier ? moduleExportName(s.imported) : s.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default' : '*',
        );
      }
      return membersReadOff(sourceCode.getDeclaredVariables(site.node.specifiers[0]!)[0]);
    }
    case 'export-named':
      return site.node.specifiers.map((s) => moduleExportName(s.local));
    case 'resolve':
      return [];
    case 'import-equals':
      return membersReadOff(sourceCode.getDeclaredVariables(site.node)[0]);
    case 'import-type': {
      // `import('abstractllm').BasicSession`: the first name of the qualifier.
      let qualifier = site.node.qualifier;
      while (qualifier?.type === AST_NODE_TYPES.TSQualifiedName) qualifier = qualifier.left;
      // `typeof import('abstractllm')` with no qualifier is a type of the whole module: like
      // `typeof llm`, nothing to migrate unless its path moved.
      if (!qualifier) return [];
      return qualifier.type === AST_NODE_TYPES.Identifier ? [qualifier.name] : ['*'];
    }
    case 'load': {
      // `const m = await import('abstractllm')` binds what the await gives.
      const value = site.node.parent?.type === AST_NODE_TYPES.AwaitExpression ? site.node.parent : site.node;
      const declarator = value.parent?.type === AST_NODE_TYPES.VariableDeclarator ? value.parent : undefined;
      const pattern = declarator?.id;
      if (pattern?.type === AST_NODE_TYPES.ObjectPattern) {
        return pattern.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? (staticKeyName(p.key, p.computed) ?? '*') : '*'));
      }
      if (declarator && pattern?.type === AST_NODE_TYPES.Identifier && declarator.init === value) {
        return membersReadOff(sourceCode.getDeclaredVariables(declarator)[0]);
      }
      return ['*'];
    }
    default:
      return ['*'];
  }
}
