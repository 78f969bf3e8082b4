import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../create-rule.js';
import { compatibilityLayer } from '../migration-table.js';
import { type Edit, isInTypeQuery, isStatementListItem, mayName, moduleExportName, removalOf, staticKeyName } from '../utils/ast.js';
import { instanceTrackerFor } from '../utils/instances.js';
import { type ModuleSite, moduleSiteListeners } from '../utils/module-sites.js';
import { indexedName, isLegacyMemberName } from '../utils/named-members.js';
import { hasPendingMigration } from '../utils/pending.js';
import { jsxTagIdentifier, referenceNodes } from '../utils/scope.js';

export type MessageIds = 'compatImport' | 'compatSetup' | 'removeSetup';

type SourceCode = Readonly<TSESLint.SourceCode>;

export default createRule<[], MessageIds>({
  name: 'no-compat-layer',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow the transitional abstractllm compatibility layer once code is migrated',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      compatImport:
        "'{{specifier}}' is the transitional compatibility layer: it lets 1.x code run on 2.0 while it migrates. Remove it once nothing is left to migrate.",
      compatSetup:
        '`{{call}}` installs the 1.x compatibility layer. {{state}}',
      removeSetup: 'Remove the compatibility layer setup call{{andImport}}.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // Only a file that names the layer's module can hold a compat site (nothing is reported
    // without one): any other file, 1.x code included, costs this one text search.
    if (!mayName(sourceCode.text, [compatibilityLayer.specifier])) return {};
    const sites: ModuleSite[] = [];
    const members: TSESTree.MemberExpression[] = [];
    const constructions: (TSESTree.NewExpression | TSESTree.JSXOpeningElement)[] = [];
    const patterns: TSESTree.ObjectPattern[] = [];
    const named: (TSESTree.TSQualifiedName | TSESTree.CallExpression | TSESTree.TSIndexedAccessType)[] = [];
    return {
      ...moduleSiteListeners(sourceCode, (site) => sites.push(site)),
      MemberExpression(node) {
        members.push(node);
      },
      NewExpression(node) {
        constructions.push(node);
      },
      JSXOpeningElement(node) {
        if (jsxTagIdentifier(node.name)) constructions.push(node);
      },
      ObjectPattern(node) {
        patterns.push(node);
      },
      // `typeof session.id` and `vi.spyOn(session, 'generate')` name a 1.x member without a member expression.
      TSQualifiedName(node) {
        if (node.left.type === AST_NODE_TYPES.Identifier && isInTypeQuery(node)) named.push(node);
      },
      'CallExpression[callee.property.name="spyOn"]'(node: TSESTree.CallExpression) {
        named.push(node);
      },
      // `Session['generate']`, `HierarchicalMemory['addToWorkingMemory']`: a 1.x member's type, by name.
      TSIndexedAccessType(node) {
        const name = indexedName(node);
        if (name !== undefined && isLegacyMemberName(name)) named.push(node);
      },
      'Program:exit'() {
        const compatSites = sites.filter((site) => site.specifier === compatibilityLayer.specifier);
        if (compatSites.length === 0) return;
        const pending = hasPendingMigration(
          sites.filter((site) => site.specifier !== compatibilityLayer.specifier),
          members,
          constructions,
          instanceTrackerFor(sourceCode),
          sourceCode,
          patterns,
          named,
        );
        for (const site of compatSites) {
          context.report({ node: site.node, messageId: 'compatImport', data: { specifier: site.specifier } });
          for (const binding of compatBindings(sourceCode, site)) reportSetupCalls(context, binding, pending);
        }
      },
    };
  },
});

interface CompatBinding {
  variable: TSESLint.Scope.Variable;
  /** The binding is the whole module (`import * as compat`): its calls are `compat.CompatibilityLayer.setup()`. */
  namespace?: boolean;
  /** What removes the binding from its statement, when its last use goes. */
  removal: () => Removal;
}
type Removal = Edit;

/**
 * The `CompatibilityLayer` bindings a site makes: `import { CompatibilityLayer }`,
 * `const { CompatibilityLayer } = require(…)`, and the module objects `import * as compat` and
 * `const compat = require(…)`.
 */
function compatBindings(sourceCode: SourceCode, site: ModuleSite): CompatBinding[] {
  const found: CompatBinding[] = [];
  if (site.kind === 'import') {
    const { node } = site;
    for (const specifier of node.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
        const variable = sourceCode.getDeclaredVariables(specifier)[0];
        const removal = (): Removal => (node.specifiers.length === 1 ? removalOf(node, sourceCode) : listItemRemoval(sourceCode, specifier));
        if (variable) found.push({ variable, namespace: true, removal });
        continue;
      }
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || moduleExportName(specifier.imported) !== compatibilityLayer.name) continue;
      const variable = sourceCode.getDeclaredVariables(specifier)[0];
      if (variable) {
        found.push({
          variable,
          removal: () => (node.specifiers.length === 1 ? removalOf(node, sourceCode) : listItemRemoval(sourceCode, specifier)),
        });
      }
    }
  } else if (site.kind === 'import-equals') {
    // `import compat = require('abstractllm/compat')`: a module object.
    const variable = sourceCode.getDeclaredVariables(site.node)[0];
    if (variable) found.push({ variable, namespace: true, removal: () => removalOf(site.node, sourceCode) });
  } else if (site.kind === 'load') {
    // `require(…)`, or `await import(…)`: the value the declarator is initialised with.
    const value = site.node.parent?.type === AST_NODE_TYPES.AwaitExpression ? site.node.parent : site.node;
    const declarator = value.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return found;
    const declaration = declarator.parent;
    if (declarator.init !== value || declaration.type !== AST_NODE_TYPES.VariableDeclaration) return found;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      // `const compat = require(…)`, also among other declarators (`…, other = 1`).
      const variable = sourceCode.getDeclaredVariables(declarator)[0];
      const removal = (): Removal =>
        declaration.declarations.length === 1 ? removalOf(declaration, sourceCode) : listItemRemoval(sourceCode, declarator);
      if (variable) found.push({ variable, namespace: true, removal });
      return found;
    }
    if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return found;
    const pattern = declarator.id;
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || staticKeyName(property.key, property.computed) !== compatibilityLayer.name) continue;
      if (property.value.type !== AST_NODE_TYPES.Identifier) continue;
      const local = property.value.name;
      const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.name === local);
      if (variable) {
        found.push({
          variable,
          // Its only property goes with its declarator (`const { CompatibilityLayer } = require(…), path = …`).
          removal: () =>
            pattern.properties.length > 1
              ? listItemRemoval(sourceCode, property)
              : declaration.declarations.length === 1
                ? removalOf(declaration, sourceCode)
                : listItemRemoval(sourceCode, declarator),
        });
      }
    }
  }
  return found;
}

function reportSetupCalls(context: Readonly<TSESLint.RuleContext<MessageIds, []>>, binding: CompatBinding, pending: boolean): void {
  const { sourceCode } = context;
  // The binding's own declaration (`{ CompatibilityLayer }` in a pattern, `compat` in `const compat = require(…)`)
  // is no use; a property of an object literal (`{ layer: CompatibilityLayer }`) is one.
  const declared = new Set<TSESTree.Node>(binding.variable.defs.map((def) => def.name));
  const uses = referenceNodes(binding.variable, [], sourceCode).filter((reference) => !declared.has(reference));
  for (const use of uses) {
    // Through a module object, the class is the member `compat.CompatibilityLayer`.
    const layer = binding.namespace ? use.parent : use;
    if (binding.namespace) {
      if (layer?.type !== AST_NODE_TYPES.MemberExpression || layer.object !== use) continue;
      if (staticKeyName(layer.property, layer.computed) !== compatibilityLayer.name) continue;
    }
    const member = layer?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== layer) continue;
    if (staticKeyName(member.property, member.computed) !== compatibilityLayer.setup) continue;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
    const ownStatement = call.parent.type === AST_NODE_TYPES.ExpressionStatement && call.parent.expression === call;
    const state = pending
      ? 'Keep it while this file still has 1.x code to migrate; the other abstractllm rules say what.'
      : ownStatement
        ? 'Nothing in this file is left to migrate: it can go.'
        : 'Nothing in this file is left to migrate: remove it where its result is used.';
    // An exported binding (`export const compat = require(…)`) is used by importers: it stays.
    const removeImport = uses.length === 1 && !isExportedDeclaration(binding.variable);
    context.report({
      node: call,
      messageId: 'compatSetup',
      data: { call: sourceCode.getText(call), state },
      suggest:
        // Only a statement of a statement list can go: the body of an `if` or a loop cannot.
        !pending && ownStatement && isStatementListItem(call.parent)
          ? [
              {
                messageId: 'removeSetup',
                data: { andImport: removeImport ? ' and its import' : '' },
                fix: (fixer) => {
                  const removals = [removalOf(call.parent, sourceCode), ...(removeImport ? [binding.removal()] : [])];
                  return removals.map((removal) => fixer.replaceTextRange([removal.range[0], removal.range[1]], removal.text));
                },
              },
            ]
          : [],
    });
  }
}

/** `export const compat = …`, `export const { CompatibilityLayer } = …`, `export import compat = …`. */
function isExportedDeclaration(variable: TSESLint.Scope.Variable): boolean {
  return variable.defs.some((def) => {
    const declaration = def.node.type === AST_NODE_TYPES.VariableDeclarator ? def.parent : def.node;
    return declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  });
}

/** Removes one item of a `{ a, b }` list with the comma that separates it. */
function listItemRemoval(sourceCode: SourceCode, node: TSESTree.Node): Removal {
  const after = sourceCode.getTokenAfter(node);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    return { range: [node.range[0], next ? next.range[0] : after.range[1]], text: '' };
  }
  const before = sourceCode.getTokenBefore(node)!;
  return { range: [before.value === ',' ? before.range[0] : node.range[0], node.range[1]], text: '' };
}
