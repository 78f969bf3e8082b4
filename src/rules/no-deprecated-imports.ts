import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../create-rule.js';
import {
  type ExportMove,
  type RemovedExport,
  findExportMove,
  findRemovedExport,
  hasMigration,
  legacyPackage,
  mapModule,
  tableBNamesOf,
} from '../migration-table.js';
import {
  type Edit,
  type StringNode,
  forEachChild,
  isStatementListItem,
  isWritten,
  lineEndingOf,
  lineIndentAt,
  mayName,
  moduleExportName,
  patternMembers,
  removalOf,
  quoteOf,
  specifierEdit,
  staticKeyName,
  staticString,
  withCommentsInside,
} from '../utils/ast.js';
import {
  type Entry,
  type StatementKind,
  type StatementShape,
  type StatementStyle,
  entryComments,
  guardedRemovalOf,
  entryText,
  joinEdit,
  lazyShapeOf,
  moduleStatementKind,
  printStatement,
  shapeOf,
  writtenRange,
} from '../utils/imports.js';
import { type UnmigratableUse, findUnmigratableUses, isExportedAsIs } from '../utils/legacy-uses.js';
import { jsdocTypedLegacyUses } from '../utils/jsdoc.js';
import { type ModuleSite, moduleSiteListeners } from '../utils/module-sites.js';
import { renameReferences } from '../utils/rename.js';
import {
  type ClaimedNames,
  type ReferenceNode,
  claimName,
  isNameFree,
  jsxTagIdentifier,
  memberReadsOf,
  referenceNodes,
  resolveName,
} from '../utils/scope.js';

export type MessageIds =
  | 'movedModule'
  | 'movedModuleManual'
  | 'wholeModule'
  | 'movedExport'
  | 'removedExport'
  | 'renameBlocked'
  | 'unmigratableUse'
  | 'namespaceMember'
  | 'namespaceMemberManual'
  | 'starExport'
  | 'mockFactory'
  | 'heldByMock'
  | 'augmentation'
  | 'augmentationUse';

type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export default createRule<[], MessageIds>({
  name: 'no-deprecated-imports',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow abstractllm 1.x module paths and exports that moved or were renamed in 2.0',
      recommended: true,
    },
    fixable: 'code',
    schema: [],
    messages: {
      movedModule: "'{{from}}' moved to '{{to}}' in abstractllm 2.0.",
      movedModuleManual:
        "'{{from}}' moved to '{{to}}' in abstractllm 2.0, where {{names}} changed too; this use of the whole module cannot be rewritten safely: update it by hand.",
      wholeModule:
        "'{{from}}' no longer exports {{names}} in abstractllm 2.0; this use of the whole module cannot be checked: update what it is used for by hand.",
      movedExport: "'{{name}}' from '{{from}}' is '{{newName}}' from '{{to}}' in abstractllm 2.0.",
      removedExport:
        "'{{name}}' from '{{from}}' has no abstractllm 2.0 equivalent: '{{nearest}}' from '{{nearestFrom}}' has another shape. Rewrite its uses by hand.",
      renameBlocked:
        "'{{name}}' from '{{from}}' is '{{newName}}' from '{{to}}' in abstractllm 2.0, but it is not renamed while a use of it would pass for 2.0 code ({{reason}}, line {{line}}). Migrate that use by hand first.",
      unmigratableUse:
        "This use of '{{name}}' must be migrated by hand before '{{name}}' can become '{{newName}}' from '{{to}}': {{reason}}.",
      namespaceMember: "'{{object}}.{{name}}' is '{{newName}}' from '{{to}}' in abstractllm 2.0.",
      namespaceMemberManual:
        "'{{object}}.{{name}}' is '{{newName}}' from '{{to}}' in abstractllm 2.0; it cannot be rewritten safely here ({{reason}}): import '{{newName}}' from '{{to}}' by hand.",
      starExport: '`{{statement}}` re-exports {{names}}, which abstractllm 2.0 no longer exports from there; {{advice}}.',
      mockFactory:
        "This mock of '{{from}}' stubs '{{name}}', which abstractllm 2.0 exports from '{{to}}' as '{{newName}}': move that stub to a mock of '{{to}}' by hand.",
      heldByMock:
        "'{{from}}' moved to '{{to}}' in abstractllm 2.0, but {{mock}} on line {{line}} mocks this path whole for a name that cannot move yet, and a use that moved would no longer be mocked: migrate the mock and every use of '{{from}}' together by hand.",
      augmentation:
        "This augmentation of '{{from}}' declares '{{name}}', which abstractllm 2.0 exports from '{{to}}' as '{{newName}}': move it by hand.",
      augmentationUse:
        "This augmentation of '{{from}}' names the module's own '{{name}}', which abstractllm 2.0 exports from '{{to}}' as '{{newName}}': move it by hand.",
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // Code that never names the 1.x package costs one text search and nothing else.
    if (!mayName(sourceCode.text, [legacyPackage])) return {};

    const sites: ModuleSite[] = [];
    const jsxTags: TSESTree.JSXIdentifier[] = [];
    const listeners = moduleSiteListeners(sourceCode, (site) => sites.push(site));
    return {
      ...listeners,
      JSXOpeningElement(node) {
        const tag = jsxTagIdentifier(node.name);
        if (tag) jsxTags.push(tag);
      },
      JSXClosingElement(node) {
        const tag = jsxTagIdentifier(node.name);
        if (tag) jsxTags.push(tag);
      },
      'Program:exit'() {
        if (sites.length === 0) return;
        let plan = new FilePlan(context, sourceCode, jsxTags);
        plan.run(sites);
        // An automock held at a 1.x path must keep every use of that path with it, or the uses
        // that move would silently stop being mocked: planned again with those paths held, until
        // none escapes. Each round holds at least one path more, so it ends within the file's paths.
        for (let escaped = plan.usesEscapingHeldMocks(sites); escaped.size > 0; escaped = plan.usesEscapingHeldMocks(sites)) {
          plan = new FilePlan(context, sourceCode, jsxTags, new Map([...plan.heldPaths, ...escaped]));
          plan.run(sites);
        }
        plan.emit();
      },
    };
  },
});

/** A name bound or re-exported by an import-like statement. */
interface Binding {
  /** The name in the 1.x module. */
  imported: string;
  node: TSESTree.Node;
  /** `import { type X }` (inline; a statement-level `type` is on the shape). */
  inlineType: boolean;
  /** Local binding, for imports and destructures (none for re-exports). */
  variable?: Variable;
  local: string;
  /** The name written after `as` in a re-export (`export { Session as S } from …`). */
  exported?: string;
  move?: ExportMove;
  removed?: RemovedExport;
  blocked?: UnmigratableUse[];
  /** Decisions. */
  target: string;
  newImported: string;
  newLocal: string;
  /** The binding is dropped: its references use an existing import of the same export. */
  reuse?: string;
  /** The reference edits of the rename, applied only if the statement itself is rewritten. */
  renames: Edit[];
}

/** An import, re-export or destructured load with named bindings, planned as one unit. */
interface StatementSite {
  site: ModuleSite;
  statement: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration;
  style: StatementStyle;
  specifier: string;
  source: StringNode;
  /** What decides which statements it can be merged with. */
  kind: StatementKind;
  /** How it is written, from its tokens: only a statement that is rewritten needs it. */
  shape: () => StatementShape;
  /** Default / namespace import specifiers: they stay with the module (table A). */
  head: TSESTree.Node[];
  bindings: Binding[];
  /** Whether the statement can change at all (a statement edited only in place cannot split). */
  rewritable: boolean;
  /**
   * Only in-place edits, never a split or a join: it has import attributes, or it is not an item
   * of a statement list (`for (const { … } = require(…);;)`, `if (x) var { … } = …`, `export const
   * { … } = …`), where a second statement could not go or would not be exported or conditional.
   */
  inPlaceOnly?: boolean;
  /** Held at 1.x because its default import is used as the whole module, which loses these names in 2.0. */
  heldWhole?: readonly string[];
  /** Its bindings are public names (`export const { Session } = …`): a rename keeps the local name. */
  exportsBindings?: boolean;
}

/** A statement being written by the fix; others may join it. */
interface PendingStatement {
  key: string;
  target: string;
  head: string[];
  entries: Entry[];
}

/** Everything the rule decides for one file: one fix for all import moves and renames (D6). */
class FilePlan {
  private readonly edits: Edit[] = [];
  private readonly reports: { node: TSESTree.Node; messageId: MessageIds; data: Record<string, string>; fix: boolean }[] =
    [];
  private readonly claimed: ClaimedNames = new Map();
  /**
   * Statements of the file that already import from 2.0 packages, by join key; indexed on the
   * first join that asks (most files have nothing to join).
   */
  private existingIndex: Map<string, TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration> | undefined;
  /**
   * Public names the module exports by name (`export { a }`, `export const a`, and what a star
   * export's fix re-exports by name): a star export must not add a second export of one (a
   * syntax error), and in 1.x the explicit export shadowed the star's anyway. By module (the
   * file, or a `declare module` block), indexed on the first star export there that asks.
   */
  private readonly exportedNames = new Map<TSESTree.Node, Set<string>>();
  /**
   * Mocks with no factory (`vi.mock('abstractllm')`), by module: they mock whatever the module
   * exports, so a name that moves out of it would silently stop being mocked.
   */
  private readonly automocks: (ModuleSite & { kind: 'mock' })[] = [];
  /** Automocks that keep a moving import at 1.x; they are reported with it, and not moved either. */
  private readonly blockingAutomocks = new Set<ModuleSite>();
  /** Entries joined into existing statements, by statement. */
  private readonly joins = new Map<
    TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration,
    string[]
  >();

  constructor(
    private readonly context: Context,
    private readonly sourceCode: SourceCode,
    private readonly jsxTags: readonly TSESTree.JSXIdentifier[],
    /** Paths that stay at 1.x with every use, each for the automock that must keep mocking them. */
    readonly heldPaths: ReadonlyMap<string, ModuleSite & { kind: 'mock' }> = new Map(),
  ) {
    for (const automock of heldPaths.values()) this.blockingAutomocks.add(automock);
  }

  /** The file's JSX tags, for what is read off a module object in a tag (`<llm.Session />`). */
  private get jsx(): { tags: readonly TSESTree.JSXIdentifier[]; sourceCode: SourceCode } {
    return { tags: this.jsxTags, sourceCode: this.sourceCode };
  }

  run(sites: readonly ModuleSite[]): void {
    const mockedFactories = new Map<TSESTree.Node, ModuleSite & { kind: 'mock' }>();
    for (const site of sites) {
      if (site.kind !== 'mock') continue;
      if (site.factory) mockedFactories.set(site.factory, site);
      // A factory whose result cannot be read (`() => mocks`) may stub anything: like an automock.
      if (!site.factory || isOpaqueFactory(site.factory, site.specifier)) this.automocks.push(site);
    }

    const statements: StatementSite[] = [];
    // After the imports, which may keep an automock at 1.x, and with it what its factory loads;
    // the automocks last, once every use of their module has said whether it moves.
    const mockLoads: ModuleSite[] = [];
    for (const site of sites) {
      if (site.kind === 'mock' && this.automocks.includes(site)) continue;
      const heldBy = this.heldPaths.get(site.specifier);
      if (heldBy && !isTypeOnlySite(site)) {
        this.reportHeldByMock(site, heldBy);
        continue;
      }
      if (site.kind === 'mock-load') {
        mockLoads.push(site);
        continue;
      }
      const statement = this.statementSite(site);
      if (statement === undefined) this.planSite(site, mockedFactories);
      else if (statement !== 'handled') statements.push(statement);
    }
    this.planStatements(statements);
    for (const site of mockLoads) this.planSite(site, mockedFactories);
    for (const site of this.automocks) {
      // Every automock of a held path stays with it (`jest.mock(p)` and a later `jest.doMock(p)`).
      const heldBy = this.heldPaths.get(site.specifier);
      if (heldBy) this.reportHeldByMock(site, heldBy);
      else if (!this.blockingAutomocks.has(site)) this.planSite(site, mockedFactories);
    }
    this.flushJoins();
    this.flushRewrites();
  }

  /**
   * The automocks kept at their 1.x path (a name they mock cannot move) while another use of that
   * path is rewritten by this plan: by path. Such a use would leave the mock behind.
   */
  usesEscapingHeldMocks(sites: readonly ModuleSite[]): Map<string, ModuleSite & { kind: 'mock' }> {
    const escaped = new Map<string, ModuleSite & { kind: 'mock' }>();
    for (const automock of this.blockingAutomocks) {
      const path = automock.specifier;
      // A path that stays has nothing to escape to: each name that moves is held by itself.
      if (this.heldPaths.has(path) || escaped.has(path) || mapModule(path) === undefined) continue;
      // Types are never mocked: a type-only use may move.
      const rewritten = sites.some(
        (site) => site !== automock && site.specifier === path && !isTypeOnlySite(site) && this.edits.some((edit) => edit.range[0] < site.source.range[1] && site.source.range[0] < edit.range[1]),
      );
      if (rewritten) escaped.set(path, automock as ModuleSite & { kind: 'mock' });
    }
    return escaped;
  }

  private reportHeldByMock(site: ModuleSite, automock: ModuleSite & { kind: 'mock' }): void {
    const from = site.specifier;
    const mock = `${this.sourceCode.getText(automock.node.callee)}('${from}')`;
    this.report(site.source, 'heldByMock', { from, to: mapModule(from) ?? from, mock, line: String(automock.node.loc.start.line) }, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements with named bindings: imports, re-exports, destructured loads (D2, D3).

  /** The site as a statement with named bindings; `'handled'` when it was planned as a namespace. */
  private statementSite(site: ModuleSite): StatementSite | 'handled' | undefined {
    const { sourceCode } = this;
    if (site.kind === 'import') {
      const { node } = site;
      const named = node.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
      const head = node.specifiers.filter((s) => s.type !== AST_NODE_TYPES.ImportSpecifier);
      // `import mem from 'abstractllm/memory'` is the module object too (esModuleInterop's default).
      const namespace = head.find((s) => s.type === AST_NODE_TYPES.ImportNamespaceSpecifier) ?? (head.length === 1 ? head[0] : undefined);
      if (namespace && named.length === 0) {
        this.planNamespace(site, node, sourceCode.getDeclaredVariables(namespace)[0]);
        return 'handled';
      }
      if (node.specifiers.length === 0) return undefined; // a side-effect import: only the path
      // `import mem, { summarize } from 'abstractllm/memory'`: the default is the module object too.
      const heldByDefault = this.defaultHold(site, head);
      // Nothing to migrate (a 2.0 core import): planning it would change nothing.
      if (!heldByDefault && !hasMigration(site.specifier, named.map((specifier) => moduleExportName(specifier.imported)))) return 'handled';
      const kind = moduleStatementKind(node.importKind === 'type');
      const planned = this.inPlaceIf(hasAttributes(node.attributes) || this.expectsAnError(node), {
        site,
        statement: node,
        style: 'import',
        specifier: site.specifier,
        source: site.source,
        kind,
        shape: lazyShapeOf(sourceCode, node, site.source, 'import', { ...kind, entries: named }),
        head,
        bindings: named.map((specifier) => {
          const imported = moduleExportName(specifier.imported);
          return this.binding(site.specifier, imported, specifier, {
            inlineType: specifier.importKind === 'type',
            variable: sourceCode.getDeclaredVariables(specifier)[0],
            local: specifier.local.name,
          });
        }),
        rewritable: true,
      });
      // The statement cannot move while its default is read for names the module loses there.
      if (heldByDefault) planned.rewritable = false;
      if (heldByDefault === 'whole') planned.heldWhole = tableBNamesOf(site.specifier);
      return planned;
    }
    if (site.kind === 'export-named') {
      const { node } = site;
      if (!hasMigration(site.specifier, node.specifiers.map((specifier) => moduleExportName(specifier.local)))) return 'handled';
      const kind = moduleStatementKind(node.exportKind === 'type');
      return this.inPlaceIf(hasAttributes(node.attributes) || this.expectsAnError(node), {
        site,
        statement: node,
        style: 'export',
        specifier: site.specifier,
        source: site.source,
        kind,
        shape: lazyShapeOf(sourceCode, node, site.source, 'export', { ...kind, entries: node.specifiers }),
        head: [],
        bindings: node.specifiers.map((specifier) =>
          this.binding(site.specifier, moduleExportName(specifier.local), specifier, {
            inlineType: specifier.exportKind === 'type',
            local: moduleExportName(specifier.local),
            exported: sourceCode.getText(specifier.exported),
          }),
        ),
        rewritable: true,
      });
    }
    if (site.kind === 'load' || site.kind === 'import-equals') return this.loadSite(site);
    return undefined;
  }

  /**
   * A default import next to named ones, read for names its module loses in 2.0
   * (`import mem, { summarize } from 'abstractllm/memory'; new mem.HierarchicalMemory()`): each such
   * read is reported. Whether the statement must stay at 1.x: `'whole'` when the default is also
   * used as the whole module (after a move it would be another module's object), `'reads'` when
   * only such reads hold it.
   */
  private defaultHold(site: ModuleSite & { kind: 'import' }, head: readonly TSESTree.Node[]): 'whole' | 'reads' | undefined {
    const specifier = head.find((h) => h.type === AST_NODE_TYPES.ImportDefaultSpecifier);
    const variable = specifier && this.sourceCode.getDeclaredVariables(specifier)[0];
    const namesHere = tableBNamesOf(site.specifier);
    if (!variable || namesHere.length === 0) return undefined;
    const from = site.specifier;
    const { reads, whole } = memberReadsOf(variable, this.jsx);
    let held: 'whole' | 'reads' | undefined = whole && mapModule(from) !== undefined ? 'whole' : undefined;
    for (const { node, name } of reads) {
      if (!namesHere.includes(name)) continue;
      held ??= 'reads';
      const removed = findRemovedExport(from, name);
      const move = findExportMove(from, name);
      if (removed) this.report(node, 'removedExport', { name, from, nearest: removed.nearest, nearestFrom: removed.nearestFrom }, false);
      else if (move) {
        const reason = 'a default import next to named ones: give it an import of its own';
        this.report(node, 'namespaceMemberManual', { object: variable.name, name, newName: move.newName, to: move.to, reason }, false);
      }
    }
    return held;
  }

  /** `const { A, B: c } = require('x')`, `const { A } = await import('x')`, `const llm = require('x')`. */
  private loadSite(site: ModuleSite & { kind: 'load' | 'import-equals' }): StatementSite | 'handled' {
    const { sourceCode } = this;
    if (site.kind === 'import-equals') {
      this.planNamespace(site, site.node, sourceCode.getDeclaredVariables(site.node)[0]);
      return 'handled';
    }
    let value: TSESTree.Node = site.node;
    let loader = 'require';
    if (site.node.type === AST_NODE_TYPES.ImportExpression) {
      if (value.parent?.type !== AST_NODE_TYPES.AwaitExpression) return this.planOpaqueLoad(site);
      value = value.parent;
      loader = 'await import';
    }
    const declarator = value.parent;
    const declaration = declarator?.parent;
    if (
      declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.init !== value ||
      declaration?.type !== AST_NODE_TYPES.VariableDeclaration ||
      declaration.declarations.length !== 1
    ) {
      return this.planOpaqueLoad(site);
    }
    if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      this.planNamespace(site, declaration, sourceCode.getDeclaredVariables(declarator)[0]);
      return 'handled';
    }
    if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return this.planOpaqueLoad(site);
    const pattern = declarator.id;
    // `const { X }: { X: T } = require(…)`: a rewrite would leave the annotation naming the old key.
    if (pattern.typeAnnotation) return this.planOpaqueLoad(site);
    const simple = pattern.properties.every(
      (p) =>
        p.type === AST_NODE_TYPES.Property &&
        staticKeyName(p.key, p.computed) !== undefined &&
        p.value.type === AST_NODE_TYPES.Identifier,
    );
    if (!simple) return this.planOpaqueLoad(site);
    const variables = sourceCode.getDeclaredVariables(declarator);
    const kind: StatementKind = { typeOnly: false, declarationKind: declaration.kind, loader };
    const exported = declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    return this.inPlaceIf(!isStatementListItem(declaration) || this.expectsAnError(declaration), {
      exportsBindings: exported,
      site,
      statement: declaration,
      style: 'require',
      specifier: site.specifier,
      source: site.source,
      kind,
      shape: lazyShapeOf(sourceCode, declaration, site.source, 'require', { ...kind, entries: pattern.properties }),
      head: [],
      bindings: pattern.properties.map((property) => {
        const p = property as TSESTree.Property;
        const local = (p.value as TSESTree.Identifier).name;
        return this.binding(site.specifier, staticKeyName(p.key, p.computed) ?? local, p, {
          inlineType: false,
          variable: variables.find((v) => v.name === local),
          local,
        });
      }),
      rewritable: true,
    });
  }

  /**
   * Whether a `// @ts-expect-error` is on the line above a statement: split, the error it expects
   * moves to one of the new statements, and which one is not known here (above any other, the
   * directive is an error itself, TS2578), so such a statement is only edited in place.
   */
  private expectsAnError(node: TSESTree.Node): boolean {
    return lineDirectiveAbove(this.sourceCode, node)?.repeatable === false;
  }

  /**
   * A statement that can only be edited in place (`inPlaceOnly`): it can still change when all
   * its parts end in one module, and not at all when they would have to split.
   */
  private inPlaceIf(inPlace: boolean, statement: StatementSite): StatementSite {
    if (!inPlace) return statement;
    const moduleTarget = mapModule(statement.specifier) ?? statement.specifier;
    const targets = new Set(statement.bindings.map((binding) => binding.target));
    if (statement.head.length > 0) targets.add(moduleTarget);
    statement.rewritable = targets.size <= 1;
    statement.inPlaceOnly = true;
    return statement;
  }

  /** The references of a binding outside its own declaration (`const x = require(…)` writes `x` once). */
  private usesOf(variable: Variable, declaration: TSESTree.Node): ReferenceNode[] {
    const [start, end] = declaration.range;
    return referenceNodes(variable, this.jsxTags, this.sourceCode).filter(
      (reference) => reference.range[0] < start || reference.range[1] > end,
    );
  }

  private binding(
    specifier: string,
    imported: string,
    node: TSESTree.Node,
    parts: { inlineType: boolean; variable?: Variable; local: string; exported?: string },
  ): Binding {
    const move = findExportMove(specifier, imported);
    const removed = move ? undefined : findRemovedExport(specifier, imported);
    const target = move ? move.to : removed ? specifier : (mapModule(specifier) ?? specifier);
    return {
      imported,
      node,
      ...parts,
      move,
      removed,
      target,
      newImported: move ? move.newName : imported,
      newLocal: parts.local,
      renames: [],
    };
  }

  private planStatements(statements: StatementSite[]): void {
    // Decide every binding first, so renames can see each other's claimed names.
    for (const statement of statements) {
      for (const binding of statement.bindings) this.decideBinding(statement, binding);
    }
    const pending = new Map<string, PendingStatement>();
    for (const statement of statements) this.planStatement(statement, pending);
  }

  private decideBinding(statement: StatementSite, binding: Binding): void {
    const { move } = binding;
    if (!statement.rewritable && (move || binding.target !== statement.specifier)) {
      binding.target = statement.specifier;
      binding.newImported = binding.imported;
      return;
    }
    if (!move) return;
    const variable = binding.variable;
    if (!variable) {
      return; // a re-export: the public name stays as written
    }
    const references = this.usesOf(variable, statement.statement);
    const blocked = [
      ...findUnmigratableUses(references, move, binding.local, this.sourceCode),
      ...jsdocTypedLegacyUses(binding.local, move, this.sourceCode),
    ];
    const mocked = binding.inlineType || statement.kind.typeOnly ? [] : this.automocks.filter((m) => m.specifier === statement.specifier);
    for (const automock of move.to === statement.specifier ? [] : mocked) {
      const call = `${this.sourceCode.getText(automock.node.callee)}('${statement.specifier}')`;
      blocked.push({ node: automock.node, reason: `${call} mocks the whole module, and after the move it would no longer mock '${move.newName}' from '${move.to}'` });
      this.blockingAutomocks.add(automock);
    }
    if (blocked.length > 0) {
      binding.blocked = blocked;
      binding.target = statement.specifier;
      binding.newImported = binding.imported;
      return;
    }
    const declarationScope = variable.scope;
    const existingLocal = this.existingImportOf(statement.style, move.to, move.newName, binding.inlineType || statement.kind.typeOnly);
    if (
      existingLocal !== undefined &&
      binding.local === binding.imported &&
      references.every((reference) => resolveName(this.sourceCode.getScope(reference), existingLocal)?.scope === declarationScope)
    ) {
      binding.reuse = existingLocal;
      binding.newLocal = existingLocal;
    } else if (binding.local !== binding.imported || statement.exportsBindings) {
      // `import { Session as S }`: only the imported name changes. So for a public name
      // (`export const { Session } = …` → `{ Agent: Session }`): importers still ask for it.
      binding.newLocal = binding.local;
    } else if (isNameFree(move.newName, declarationScope, references, this.sourceCode, this.claimed)) {
      binding.newLocal = move.newName;
      claimName(this.claimed, declarationScope, move.newName);
    } else {
      binding.newLocal = binding.local; // a collision or shadowing: keep the local name, alias the import
    }
    binding.renames = renameReferences(references, binding.local, binding.newLocal);
  }

  private planStatement(statement: StatementSite, pending: Map<string, PendingStatement>): void {
    const { sourceCode } = this;
    const moduleTarget = mapModule(statement.specifier) ?? statement.specifier;
    this.reportStatement(statement, moduleTarget);

    if (statement.bindings.length === 0 && statement.head.length === 0) {
      // `export {} from 'x'` binds nothing but still loads the module: only the path changes.
      if (moduleTarget !== statement.specifier) this.edits.push(specifierEdit(statement.source, moduleTarget));
      return;
    }
    const changed =
      moduleTarget !== statement.specifier ||
      statement.bindings.some((b) => b.target !== statement.specifier || b.newImported !== b.imported || b.reuse);
    if (!changed) return;

    // Group the statement's parts by the module they end in, in order of first appearance.
    const groups = new Map<string, { head: string[]; bindings: Binding[] }>();
    const group = (target: string): { head: string[]; bindings: Binding[] } => {
      let found = groups.get(target);
      if (!found) groups.set(target, (found = { head: [], bindings: [] }));
      return found;
    };
    if (statement.head.length > 0) group(moduleTarget).head.push(...statement.head.map((h) => sourceCode.getText(h)));
    for (const binding of statement.bindings) group(binding.target).bindings.push(binding);

    const comments = entryComments(sourceCode, statement.statement, statement.bindings.map((b) => b.node));
    const hasComments =
      comments.loose.length > 0 || comments.leading.size > 0 || comments.trailing.size > 0 || comments.inner.size > 0;
    const innerOf = (binding: Binding): string[] => comments.inner.get(binding.node) ?? [];
    const entryOf = (binding: Binding, typePrefix: boolean): Entry => {
      const asWritten = binding.newImported === binding.imported && binding.newLocal === binding.local && !binding.exported;
      return {
        text: asWritten
          ? sourceCode.getText(binding.node)
          : entryText(statement.style, binding.newImported, binding.exported ?? binding.newLocal, typePrefix),
        // The comments inside an entry are in its text when it is written as it was, else they lead it.
        leading: [...(comments.leading.get(binding.node) ?? []), ...(asWritten ? [] : innerOf(binding))],
        trailing: comments.trailing.get(binding.node) ?? [],
      };
    };

    // One group that is the whole statement: edit in place, keeping every byte we can.
    const onlyGroup = groups.size === 1 ? [...groups.entries()][0] : undefined;
    if (onlyGroup && !onlyGroup[1].bindings.some((b) => b.reuse)) {
      const [target] = onlyGroup;
      const joinTarget =
        hasComments || statement.head.length > 0 || statement.inPlaceOnly ? undefined : this.joinable(statement, target, pending);
      if (!joinTarget) {
        for (const binding of statement.bindings) this.edits.push(...binding.renames);
        if (target !== statement.specifier) this.edits.push(specifierEdit(statement.source, target));
        for (const binding of statement.bindings) {
          if (binding.newImported !== binding.imported || binding.newLocal !== binding.local) {
            // The entry is written anew: the comments inside it go before it.
            const eol = lineEndingOf(sourceCode.text);
            const inner = innerOf(binding)
              .map((comment) => `${comment}${comment.startsWith('//') ? eol + lineIndentAt(sourceCode.text, binding.node.range[0]) : ' '}`)
              .join('');
            this.edits.push({
              range: binding.node.range,
              text: inner + entryText(statement.style, binding.newImported, binding.exported ?? binding.newLocal, binding.inlineType),
            });
          }
        }
        return;
      }
    }

    if (!statement.rewritable || statement.inPlaceOnly) return;
    for (const binding of statement.bindings) this.edits.push(...binding.renames);
    // A statement under a line directive keeps its entries under it: none joins another
    // statement, and none of another statement's joins it.
    const guarded = lineDirectiveAbove(this.sourceCode, statement.statement) !== undefined;
    for (const [target, { head, bindings }] of groups) {
      const kept = bindings.filter((b) => !b.reuse);
      if (head.length === 0 && kept.length === 0) continue;
      const typePrefixFor = (b: Binding): boolean => b.inlineType;
      if (head.length === 0 && !hasComments && !guarded) {
        const joined = this.joinable(statement, target, pending);
        if (joined === 'pending') {
          const into = pending.get(this.pendingKey(statement, target))!;
          into.entries.push(...kept.map((b) => entryOf(b, typePrefixFor(b))));
          continue;
        }
        if (joined) {
          const existingTypeOnly =
            (joined.type === AST_NODE_TYPES.ImportDeclaration && joined.importKind === 'type') ||
            (joined.type === AST_NODE_TYPES.ExportNamedDeclaration && joined.exportKind === 'type');
          const texts = kept.map((b) =>
            entryText(
              statement.style,
              b.newImported,
              b.exported ?? b.newLocal,
              !existingTypeOnly && (b.inlineType || statement.kind.typeOnly),
            ),
          );
          this.joins.set(joined, [...(this.joins.get(joined) ?? []), ...texts]);
          continue;
        }
      }
      const pendingStatement: PendingStatement = {
        key: this.pendingKey(statement, target),
        target,
        head,
        entries: kept.map((b) => entryOf(b, typePrefixFor(b))),
      };
      if (head.length === 0 && !guarded && !pending.has(pendingStatement.key)) pending.set(pendingStatement.key, pendingStatement);
      this.printLater.push({ statement, pendingStatement });
    }
    // A reused binding's entry goes, but not its comments (D2: a fix never drops one).
    const reusedComments = statement.bindings
      .filter((b) => b.reuse)
      .flatMap((b) => [...(comments.leading.get(b.node) ?? []), ...innerOf(b), ...(comments.trailing.get(b.node) ?? [])]);
    this.rewrites.push({ statement, loose: [...comments.loose, ...reusedComments] });
  }

  private readonly printLater: { statement: StatementSite; pendingStatement: PendingStatement }[] = [];
  private readonly rewrites: { statement: StatementSite; loose: string[] }[] = [];

  /** Writes the statements decided by `planStatement`, now that every join has been made. */
  private flushRewrites(): void {
    for (const { statement, loose } of this.rewrites) {
      const shape = statement.shape();
      const texts = this.printLater
        .filter((p) => p.statement === statement)
        .map((p) => printStatement(shape, p.pendingStatement.target, p.pendingStatement.head, p.pendingStatement.entries));
      const prefix = loose.map((comment) => `${comment}${comment.startsWith('//') ? shape.eol + shape.indent : ' '}`).join('');
      const node = statement.statement;
      if (texts.length === 0) {
        if (loose.length > 0) this.edits.push({ range: writtenRange(this.sourceCode, node), text: prefix.trimEnd() });
        // A guarding `;` on a later line stays, and so do the comments before it.
        else this.edits.push(guardedRemovalOf(this.sourceCode, node) ?? removalOf(node, this.sourceCode));
        continue;
      }
      // `// eslint-disable-next-line @typescript-eslint/no-require-imports` above a require that is
      // split in two covers the first line only: it is written above each of the others too.
      const directive = texts.length > 1 ? lineDirectiveAbove(this.sourceCode, node) : undefined;
      const separator = directive?.repeatable ? `${shape.eol}${shape.indent}${directive.text}${shape.eol}${shape.indent}` : shape.eol + shape.indent;
      this.edits.push({ range: writtenRange(this.sourceCode, node), text: prefix + texts.join(separator) });
    }
  }

  private joinKey(style: StatementStyle, target: string, kind: StatementKind): string {
    return `${style}|${kind.typeOnly ? 'type' : 'value'}|${kind.declarationKind}|${kind.loader}|${target}`;
  }

  /** The join key of a statement this fix writes: statements join only within one statement list. */
  private pendingKey(statement: StatementSite, target: string): string {
    const list = statement.statement.parent;
    const where = !list || list === this.sourceCode.ast ? '' : `@${list.range[0]}-${list.range[1]}`;
    return `${this.joinKey(statement.style, target, statement.kind)}${where}`;
  }

  /** A statement the names can join: an existing 2.0 import, or one this fix writes already. */
  private joinable(
    statement: StatementSite,
    target: string,
    pending: Map<string, PendingStatement>,
  ): TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration | 'pending' | undefined {
    if (target === statement.specifier) return undefined;
    if (pending.has(this.pendingKey(statement, target))) return 'pending';
    // The file's 2.0 statements are indexed at the top level; a load in a function or an import
    // in a `declare module` block joining one would move its names into another scope.
    if (statement.statement.parent !== this.sourceCode.ast) return undefined;
    const key = this.joinKey(statement.style, target, statement.kind);
    const existingStatements = (this.existingIndex ??= this.indexExistingStatements());
    const existing = existingStatements.get(key);
    // A load runs where it stands (imports are hoisted): a binding that joins a later `require`
    // would be read before it is initialised.
    if (existing && (statement.style !== 'require' || existing.range[0] < statement.statement.range[0])) return existing;
    if (existing) return undefined;
    // A type-only name may join a value import as `type X`.
    if (statement.style === 'import' && statement.kind.typeOnly) {
      return existingStatements.get(this.joinKey('import', target, moduleStatementKind(false)));
    }
    return undefined;
  }

  private indexExistingStatements(): Map<string, TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration> {
    const index = new Map<string, TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration>();
    const add = (key: string, node: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.VariableDeclaration): void => {
      // Statements of the 1.x package are being moved themselves: nothing joins them. Nor does anything join a statement under a line directive (`lineDirectiveAbove`).
      if (!key.includes(`|${legacyPackage}`) && !index.has(key) && !lineDirectiveAbove(this.sourceCode, node)) index.set(key, node);
    };
    for (const node of this.sourceCode.ast.body) {
      if (node.type === AST_NODE_TYPES.ImportDeclaration) {
        const named = node.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
        const namespace = node.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportNamespaceSpecifier);
        const isDefaultOnly = !named && node.specifiers.length === 1 && !namespace;
        if ((named || isDefaultOnly) && !namespace && (node.attributes ?? []).length === 0) {
          add(this.joinKey('import', node.source.value, moduleStatementKind(node.importKind === 'type')), node);
        }
      } else if (node.type === AST_NODE_TYPES.ExportNamedDeclaration && node.source && node.specifiers.length > 0) {
        add(this.joinKey('export', node.source.value, moduleStatementKind(node.exportKind === 'type')), node);
      } else if (node.type === AST_NODE_TYPES.VariableDeclaration && node.declarations.length === 1) {
        const [declarator] = node.declarations;
        if (declarator?.id.type !== AST_NODE_TYPES.ObjectPattern || declarator.id.properties.length === 0) continue;
        // A name after `...rest` is a syntax error (and would leave `rest`); one added under an
        // annotation (`const { X }: { X: T } = require(…)`) would not be in its type.
        if (declarator.id.typeAnnotation || declarator.id.properties.some((p) => p.type === AST_NODE_TYPES.RestElement)) continue;
        let init: TSESTree.Node | null = declarator.init;
        let loader = 'require';
        if (init?.type === AST_NODE_TYPES.AwaitExpression && init.argument.type === AST_NODE_TYPES.ImportExpression) {
          init = init.argument;
          loader = 'await import';
        }
        const source =
          init?.type === AST_NODE_TYPES.CallExpression &&
          init.callee.type === AST_NODE_TYPES.Identifier &&
          init.callee.name === 'require'
            ? init.arguments[0]
            : init?.type === AST_NODE_TYPES.ImportExpression
              ? init.source
              : undefined;
        if (source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') {
          add(this.joinKey('require', source.value, { typeOnly: false, declarationKind: node.kind, loader }), node);
        }
      }
    }
    return index;
  }

  /** The local name of an existing import of `name` from `target` that a moved binding can reuse. */
  private existingImportOf(style: StatementStyle, target: string, name: string, typeOnly: boolean): string | undefined {
    if (style !== 'import') return undefined;
    for (const node of this.sourceCode.ast.body) {
      if (node.type !== AST_NODE_TYPES.ImportDeclaration || node.source.value !== target) continue;
      if (node.importKind === 'type' && !typeOnly) continue;
      for (const specifier of node.specifiers) {
        if (
          specifier.type === AST_NODE_TYPES.ImportSpecifier &&
          moduleExportName(specifier.imported) === name &&
          (specifier.importKind !== 'type' || typeOnly)
        ) {
          return specifier.local.name;
        }
      }
    }
    return undefined;
  }

  private reportStatement(statement: StatementSite, moduleTarget: string): void {
    const from = statement.specifier;
    const fixable = statement.rewritable;
    const followsModule =
      statement.head.length > 0 ||
      statement.bindings.length === 0 ||
      statement.bindings.some((b) => !b.move && b.target === moduleTarget);
    if (moduleTarget !== from && statement.heldWhole) {
      this.report(statement.source, 'movedModuleManual', { from, to: moduleTarget, names: quotedList(statement.heldWhole) }, false);
    } else if (moduleTarget !== from && followsModule) {
      this.report(statement.source, 'movedModule', { from, to: moduleTarget }, fixable);
    }
    for (const binding of statement.bindings) {
      const { move, removed, blocked } = binding;
      if (removed) {
        this.report(binding.node, 'removedExport', { name: binding.imported, from, nearest: removed.nearest, nearestFrom: removed.nearestFrom }, false);
      } else if (move && blocked) {
        const first = blocked[0]!;
        const data = { name: binding.imported, from, newName: move.newName, to: move.to, reason: first.reason, line: String(first.node.loc.start.line) };
        this.report(binding.node, 'renameBlocked', data, false);
        // Constructor options are reported by no-deprecated-session; every other such use here.
        for (const use of blocked.filter((b) => !b.constructorOptions)) {
          this.report(use.node, 'unmigratableUse', { name: binding.local, newName: move.newName, to: move.to, reason: use.reason }, false);
        }
      } else if (move && binding.target === move.to) {
        this.report(binding.node, 'movedExport', { name: binding.imported, from, newName: move.newName, to: move.to }, true);
      } else if (move) {
        this.report(binding.node, 'movedExport', { name: binding.imported, from, newName: move.newName, to: move.to }, false);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Namespace objects: `import * as llm`, `const llm = require(…)`, `import llm = require(…)` (D4).

  private planNamespace(
    site: ModuleSite,
    statement: TSESTree.Node,
    variable: Variable | undefined,
  ): void {
    const from = site.specifier;
    const moduleTarget = mapModule(from);
    const namesHere = tableBNamesOf(from);
    if (!variable) return;
    const references = this.usesOf(variable, statement);
    const accesses: { node: TSESTree.Node; name: string; property: TSESTree.Node; reason?: string }[] = [];
    // `export const llm = require(…)`, `export import llm = require(…)`: importers use it as a whole.
    let escape: string | undefined =
      statement.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? `'${variable.name}' is exported` : undefined;
    // Exported as it is: no member its importers use can be seen.
    let usedWhole = escape !== undefined;
    for (const reference of references) {
      const parent = reference.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference) {
        const name = staticKeyName(parent.property, parent.computed);
        if (name !== undefined && !parent.computed && !isWritten(parent)) {
          accesses.push({ node: parent, name, property: parent.property });
          continue;
        }
        escape ??= `'${variable.name}' is used with a computed or written member`;
        // `llm['Session']` still names the member: reported, never rewritten.
        if (name !== undefined) accesses.push({ node: parent, name, property: parent.property, reason: 'a computed or written member' });
      } else if (parent?.type === AST_NODE_TYPES.TSQualifiedName && parent.left === reference) {
        accesses.push({ node: parent, name: parent.right.name, property: parent.right });
        continue;
      } else if (parent?.type === AST_NODE_TYPES.JSXMemberExpression && parent.object === reference) {
        escape ??= `'${variable.name}' is used in a JSX tag`;
        accesses.push({ node: parent, name: parent.property.name, property: parent.property, reason: 'a JSX tag' });
      } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === reference && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        // `const { Session } = llm`: the names it takes are reported, the pattern is not rewritten.
        escape ??= `'${variable.name}' is destructured`;
        for (const { node, name } of namesOfPattern(parent.id)) accesses.push({ node, name, property: node, reason: 'destructured from the module object' });
      } else {
        escape ??= `'${variable.name}' is used as a value`;
        // Exported as it is, its importers get a module without Session (passed or spied on, it is the callee's business).
        if (isExportedAsIs(reference)) usedWhole = true;
      }
    }

    // Decide each member on its own; the namespace's path may move only if every lost member is rewritten.
    const decisions: { node: TSESTree.Node; data: Record<string, string>; reason?: string; removed?: RemovedExport; edit?: Edit; import?: [string, string] }[] = [];
    for (const access of accesses) {
      if (!namesHere.includes(access.name)) continue;
      const removed = findRemovedExport(from, access.name);
      if (removed) {
        decisions.push({ node: access.node, removed, data: { name: access.name, from, nearest: removed.nearest, nearestFrom: removed.nearestFrom } });
        continue;
      }
      const move = findExportMove(from, access.name);
      if (!move) continue;
      const data = { object: variable.name, name: access.name, newName: move.newName, to: move.to };
      const reason =
        access.reason ??
        escape ??
        findUnmigratableUses([access.node], move, `${variable.name}.${access.name}`, this.sourceCode)[0]?.reason ??
        // `import Memory = llm.HierarchicalMemory`: an alias, and `import M = TemporalMemory` is no TS.
        (access.node.parent?.type === AST_NODE_TYPES.TSImportEqualsDeclaration ? `an alias of ${variable.name}.${access.name} hides its uses from the migration` : undefined) ??
        (move.to !== moduleTarget && site.kind === 'import-equals' ? "an 'import = require()' needs an import written by hand" : undefined) ??
        // `for (const llm = require(…);;)`, `if (c) var llm = require(…)`: a new load could only go
        // into the for head, or run unconditionally after the if.
        (move.to !== moduleTarget && !isStatementListItem(statement) ? 'the load is not a statement of its own, so no import can be added next to it' : undefined) ??
        (site.kind === 'import' && site.node.importKind === 'type' ? undefined : this.automockReason(from, move));
      if (reason) decisions.push({ node: access.node, data, reason });
      else if (move.to === moduleTarget) decisions.push({ node: access.node, data, edit: { range: access.property.range, text: move.newName } });
      else {
        // `llm /* c */.Session` → `/* c */ Agent`: the comments inside the member stay.
        const edit = { range: access.node.range, text: withCommentsInside(this.sourceCode, access.node, move.newName) };
        decisions.push({ node: access.node, data, edit, import: [move.to, move.newName] });
      }
    }
    // A new binding for a member must be free wherever the member is read. Decided once a name
    // for this namespace; a name another statement of this fix claimed (a second namespace of
    // the same module) is taken: two imports of it would declare it twice.
    const scope = variable.scope;
    const decided = new Set<string>();
    for (const decision of decisions) {
      if (!decision.import || decided.has(decision.import[1])) continue;
      const [, newName] = decision.import;
      decided.add(newName);
      const usedAt = decisions.filter((d) => d.import?.[1] === newName).map((d) => d.node);
      if (!isNameFree(newName, scope, usedAt, this.sourceCode, this.claimed)) {
        for (const d of decisions.filter((other) => other.import?.[1] === newName)) {
          d.reason = `'${newName}' is already a name here`;
          delete d.edit;
          delete d.import;
        }
      } else claimName(this.claimed, scope, newName);
    }

    const source = (site as { source: StringNode }).source;
    const allFixable = decisions.every((d) => d.edit);
    const pathBlocked = moduleTarget !== undefined && namesHere.length > 0 && (escape !== undefined || !allFixable);
    const newImports = new Map<string, string[]>();
    for (const decision of decisions) {
      if (decision.removed) this.report(decision.node, 'removedExport', decision.data, false);
      else if (decision.reason || pathBlocked) {
        this.report(decision.node, 'namespaceMemberManual', { ...decision.data, reason: decision.reason ?? 'the module path cannot move yet' }, false);
      } else if (decision.edit) {
        this.report(decision.node, 'namespaceMember', decision.data, true);
        this.edits.push(decision.edit);
        if (decision.import) {
          const [target, name] = decision.import;
          const names = newImports.get(target) ?? [];
          if (!names.includes(name)) newImports.set(target, [...names, name]);
        }
      }
    }
    // `import * as llm from 'abstractllm'; export { llm }`: passed on whole, what it is used for is unseen.
    if (moduleTarget === undefined && usedWhole && namesHere.length > 0 && !(site.kind === 'import' && site.node.importKind === 'type')) {
      this.report(source, 'wholeModule', { from, names: quotedList(namesHere) }, false);
    }
    if (moduleTarget !== undefined) {
      if (pathBlocked) this.pathManual(source, from, moduleTarget, namesHere);
      else {
        this.report(source, 'movedModule', { from, to: moduleTarget }, true);
        this.edits.push(specifierEdit(source, moduleTarget));
      }
    }
    if (newImports.size > 0) this.insertImportsAfter(site, statement, source, newImports);
  }

  /** New named imports for namespace members, written after the namespace statement in its style. */
  private insertImportsAfter(site: ModuleSite, statement: TSESTree.Node, source: StringNode, imports: Map<string, string[]>): void {
    const text = this.sourceCode.text;
    const quote = quoteOf(source, text);
    const shape = shapeOf(this.sourceCode, statement, source, 'import', { ...moduleStatementKind(false), entries: [] });
    const semi = shape.semi ? ';' : '';
    const lines: string[] = [];
    for (const [target, names] of imports) {
      const from = `${quote}${target}${quote}`;
      const inner = names.join(', ');
      if (site.kind === 'import') {
        const typeOnly = site.node.importKind === 'type' ? 'type ' : '';
        lines.push(`import ${typeOnly}{ ${inner} } from ${from}${semi}`);
      }
      else if (site.node.type === AST_NODE_TYPES.ImportExpression) {
        lines.push(`${(statement as TSESTree.VariableDeclaration).kind} { ${inner} } = await import(${from})${semi}`);
      } else lines.push(`${(statement as TSESTree.VariableDeclaration).kind} { ${inner} } = require(${from})${semi}`);
    }
    const insertion = lines.map((line) => shape.eol + shape.indent + line).join('');
    this.edits.push({ range: [statement.range[1], statement.range[1]], text: insertion });
  }

  // ---------------------------------------------------------------------------------------------
  // Every other form: a path, a whole module as a value, a star export, a mock, a type, an augmentation.

  private planSite(site: ModuleSite, mockedFactories: Map<TSESTree.Node, ModuleSite & { kind: 'mock' }>): void {
    const from = site.specifier;
    const to = mapModule(from);
    const namesHere = tableBNamesOf(from);
    switch (site.kind) {
      case 'import': // a side-effect import
      case 'resolve':
        if (to) this.pathFix(site.source, from, to);
        return;
      case 'export-all':
        return this.planStarExport(site, to, namesHere);
      case 'mock':
        return this.planMock(site, to);
      case 'mock-load': {
        // `vi.importActual` inside the factory of a mock of the same module moves with that mock.
        const mock = this.enclosingMock(site.node, mockedFactories);
        // `jest.mock(p, () => jest.requireActual(p))` held at 1.x by an import: the load stays with it.
        if (mock && this.blockingAutomocks.has(mock)) return;
        if (to && (namesHere.length === 0 || (mock?.specifier === from && !this.mockNamesLegacy(mock)))) {
          this.pathFix(site.source, from, to);
        } else if (to) this.pathManual(site.source, from, to, namesHere);
        // `const { Session } = jest.requireActual('abstractllm')`: the path stays, the names it takes do not.
        else this.reportNamesTaken(site.node, from);
        return;
      }
      case 'import-type':
        return this.planImportType(site, to);
      case 'module-declaration':
        return this.planAugmentation(site, to, namesHere);
      default:
        return;
    }
  }

  /** `import('x')` / `require('x')` used as a whole: the path moves only if the module's surface did not change. */
  private planOpaqueLoad(site: ModuleSite & { kind: 'load' }): 'handled' {
    const from = site.specifier;
    const to = mapModule(from);
    const namesHere = tableBNamesOf(from);
    // `require('abstractllm').Session`, `(await import('abstractllm')).Session`: the member is
    // named, so it can be rewritten.
    const loaded = site.node.parent?.type === AST_NODE_TYPES.AwaitExpression ? site.node.parent : site.node;
    const parent = loaded.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === loaded && !parent.computed) {
      const name = staticKeyName(parent.property, false);
      const move = name === undefined ? undefined : findExportMove(from, name);
      if (move) {
        const data = { object: this.sourceCode.getText(loaded), name: move.name, newName: move.newName, to: move.to };
        // `const Memory = require('x').HierarchicalMemory` binds the export like an import does.
        const declarator = parent.parent;
        const bound =
          declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === parent
            ? this.sourceCode.getDeclaredVariables(declarator)[0]
            : undefined;
        const uses = bound ? this.usesOf(bound, declarator) : [parent];
        const reason = findUnmigratableUses(uses, move, bound?.name ?? move.name, this.sourceCode)[0]?.reason ?? this.automockReason(from, move);
        if (reason) {
          this.report(parent, 'namespaceMemberManual', { ...data, reason }, false);
          this.holdAutomocks(from);
        } else {
          this.report(parent, 'namespaceMember', data, true);
          this.edits.push(specifierEdit(site.source, move.to), { range: parent.property.range, text: move.newName });
        }
        return 'handled';
      }
    }
    // Names it takes that can be read off the code, though the load cannot be rewritten:
    // `const { HierarchicalMemory = null, ...rest } = require(…)`, `require(…)['HierarchicalMemory']`.
    // Reported each on its own (D7), whether or not the path moved.
    const taken = this.reportNamesTaken(site.node, from);
    // `module.exports = require('abstractllm')`: the path stays, but its importers' uses may not.
    if (!to) {
      if (!taken && namesHere.length > 0 && isExportedAsIs(loaded)) {
        this.report(site.source, 'wholeModule', { from, names: quotedList(namesHere) }, false);
      }
      return 'handled';
    }
    if (namesHere.length === 0) this.pathFix(site.source, from, to);
    else this.pathManual(site.source, from, to, namesHere);
    return 'handled';
  }

  /** Reports, without a fix, each table-B name a load that is not rewritten visibly takes; whether it visibly takes any name. */
  private reportNamesTaken(load: TSESTree.Node, from: string): boolean {
    const taken = this.namesTakenFrom(load);
    for (const { node, name } of taken) {
      const removed = findRemovedExport(from, name);
      const move = removed ? undefined : findExportMove(from, name);
      if (removed) this.report(node, 'removedExport', { name, from, nearest: removed.nearest, nearestFrom: removed.nearestFrom }, false);
      else if (move) this.report(node, 'movedExport', { name, from, newName: move.newName, to: move.to }, false);
    }
    return taken.length > 0;
  }

  /** The names a load that is not planned as a statement visibly takes: pattern keys and string members. */
  private namesTakenFrom(load: TSESTree.Node): { node: TSESTree.Node; name: string }[] {
    let value: TSESTree.Node = load;
    if (value.parent?.type === AST_NODE_TYPES.AwaitExpression) value = value.parent;
    const parent = value.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      // `const { createLLM, ...core } = require(…)`: `core` is the module object less those keys,
      // so what is read off it is taken from the module too.
      const rest = parent.id.properties.find((property) => property.type === AST_NODE_TYPES.RestElement);
      const restName = rest?.argument.type === AST_NODE_TYPES.Identifier ? rest.argument.name : undefined;
      const restVariable = restName === undefined ? undefined : this.sourceCode.getDeclaredVariables(parent).find((v) => v.name === restName);
      return [...namesOfPattern(parent.id), ...(restVariable ? memberReadsOf(restVariable, this.jsx).reads : [])];
    }
    // `({ Session: S } = require(…))`.
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.left.type === AST_NODE_TYPES.ObjectPattern) {
      return namesOfPattern(parent.left);
    }
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === value && parent.computed) {
      const name = staticString(parent.property);
      return name === undefined ? [] : [{ node: parent, name }];
    }
    // `import('abstractllm').then(({ Session }) => …)`: the callback destructures the module.
    const call = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === value && staticKeyName(parent.property, parent.computed) === 'then' ? parent.parent : undefined;
    const callback = call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent ? call.arguments[0] : undefined;
    const [module] = callback?.type === AST_NODE_TYPES.ArrowFunctionExpression || callback?.type === AST_NODE_TYPES.FunctionExpression ? callback.params : [];
    if (module?.type === AST_NODE_TYPES.ObjectPattern) return namesOfPattern(module);
    // `.then((llm) => new llm.Session())`: the members read off the callback's parameter.
    if (module?.type !== AST_NODE_TYPES.Identifier || !callback) return [];
    const variable = this.sourceCode.getDeclaredVariables(callback).find((v) => v.name === module.name);
    return variable ? memberReadsOf(variable, this.jsx).reads : [];
  }

  private pathFix(source: StringNode, from: string, to: string): void {
    this.report(source, 'movedModule', { from, to }, true);
    this.edits.push(specifierEdit(source, to));
  }

  private pathManual(source: StringNode, from: string, to: string, names: readonly string[]): void {
    this.report(source, 'movedModuleManual', { from, to, names: quotedList(names) }, false);
    this.holdAutomocks(from);
  }

  /** A use of `from` stays at 1.x: an automock of it must too, or the use would stop being mocked. */
  private holdAutomocks(from: string): void {
    for (const automock of this.automocks) if (automock.specifier === from) this.blockingAutomocks.add(automock);
  }

  /** Why a member of `from` cannot move to another module: an automock of `from` would stop covering it. */
  private automockReason(from: string, move: ExportMove): string | undefined {
    const automock = this.automocks.find((m) => m.specifier === from);
    // A member that stays in the module's own 2.0 home is still mocked: the automock moves with it.
    if (!automock || move.to === (mapModule(from) ?? from)) return undefined;
    return `${this.sourceCode.getText(automock.node.callee)}('${from}') mocks the whole module, and after the move it would no longer mock '${move.newName}' from '${move.to}'`;
  }

  /** The names a module exports by name: the file's, or a `declare module` block's (`body` is its statements). */
  private indexExportedNames(body: readonly TSESTree.Node[]): Set<string> {
    const names = new Set<string>();
    for (const statement of body) {
      if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
      for (const specifier of statement.specifiers) names.add(moduleExportName(specifier.exported));
      if (statement.declaration) {
        for (const variable of this.sourceCode.getDeclaredVariables(statement.declaration)) names.add(variable.name);
      }
    }
    return names;
  }

  /**
   * `export * from 'x'`: names that moved are re-exported from their 2.0 home under their 1.x
   * name, so the barrel's public surface is kept (unless the module exports that name by name
   * already); a name with no 2.0 equivalent makes it manual.
   */
  private planStarExport(site: ModuleSite & { kind: 'export-all' }, to: string | undefined, namesHere: readonly string[]): void {
    const from = site.specifier;
    if (namesHere.length === 0) {
      if (to) this.pathFix(site.source, from, to);
      return;
    }
    const names = quotedList(namesHere);
    const removed = namesHere.filter((name) => findRemovedExport(from, name));
    const starStatement = `export *${site.node.exported ? ` as ${this.sourceCode.getText(site.node.exported)}` : ''} from '${from}'`;
    if (site.node.exported || removed.length > 0) {
      const advice = site.node.exported
        ? 'the namespace object changes shape: re-export its members by hand'
        : `re-export the moved names from their 2.0 home by hand (${quotedList(removed)}: no 2.0 equivalent)`;
      this.report(site.node, 'starExport', { statement: starStatement, names, advice }, false);
      return;
    }
    // The star's own module: the file, or the `declare module 'x' { … }` block it is in.
    const container = site.node.parent;
    const body = container.type === AST_NODE_TYPES.TSModuleBlock ? container.body : this.sourceCode.ast.body;
    let exportedByName = this.exportedNames.get(container);
    if (!exportedByName) this.exportedNames.set(container, (exportedByName = this.indexExportedNames(body)));
    const reexported = namesHere.filter((name) => !exportedByName.has(name));
    if (reexported.length === 0) {
      if (to) this.pathFix(site.source, from, to);
      return;
    }
    for (const name of reexported) exportedByName.add(name);
    const shape = shapeOf(this.sourceCode, site.node, site.source, 'export', { ...moduleStatementKind(site.node.exportKind === 'type'), entries: [] });
    const byTarget = new Map<string, Entry[]>();
    for (const name of reexported) {
      const move = findExportMove(from, name)!;
      byTarget.set(move.to, [...(byTarget.get(move.to) ?? []), { text: entryText('export', move.newName, name, false), leading: [], trailing: [] }]);
    }
    const added = [...byTarget].map(([target, entries]) => printStatement(shape, target, [], entries));
    this.report(site.node, 'starExport', { statement: starStatement, names, advice: 'the fix re-exports them from their 2.0 home under the same names' }, true);
    if (to) this.edits.push(specifierEdit(site.source, to));
    this.edits.push({ range: [site.node.range[1], site.node.range[1]], text: added.map((s) => shape.eol + shape.indent + s).join('') });
  }

  private mockNamesLegacy(site: ModuleSite & { kind: 'mock' }): string | undefined {
    const names = tableBNamesOf(site.specifier);
    if (!site.factory || names.length === 0) return undefined;
    return names.find((name) => containsName(site.factory!, name));
  }

  private planMock(site: ModuleSite & { kind: 'mock' }, to: string | undefined): void {
    const from = site.specifier;
    if (site.factory && isOpaqueFactory(site.factory, site.specifier)) {
      // What it stubs cannot be read: a path whose names changed cannot move with it.
      const namesHere = tableBNamesOf(from);
      if (to && namesHere.length > 0) this.pathManual(site.source, from, to, namesHere);
      else if (to) this.pathFix(site.source, from, to);
      return;
    }
    const stubbed = this.mockNamesLegacy(site);
    if (stubbed) {
      this.report(site.node, 'mockFactory', { from, name: stubbed, ...replacementOf(from, stubbed) }, false);
      return;
    }
    if (to) this.pathFix(site.source, from, to);
  }

  private enclosingMock(
    node: TSESTree.Node,
    mockedFactories: Map<TSESTree.Node, ModuleSite & { kind: 'mock' }>,
  ): (ModuleSite & { kind: 'mock' }) | undefined {
    for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
      const mock = mockedFactories.get(current);
      if (mock) return mock;
    }
    return undefined;
  }

  /** `import('x').Name` and `typeof import('x')` in types. */
  private planImportType(site: ModuleSite & { kind: 'import-type' }, to: string | undefined): void {
    const from = site.specifier;
    const { qualifier } = site.node;
    let first: TSESTree.Identifier | undefined;
    for (let q: TSESTree.EntityName | null = qualifier; q; q = q.type === AST_NODE_TYPES.TSQualifiedName ? q.left : null) {
      if (q.type === AST_NODE_TYPES.Identifier) first = q;
      if (q.type !== AST_NODE_TYPES.TSQualifiedName) break;
    }
    if (first) {
      const move = findExportMove(from, first.name);
      const removed = findRemovedExport(from, first.name);
      if (move) {
        this.report(site.node, 'movedExport', { name: first.name, from, newName: move.newName, to: move.to }, true);
        this.edits.push(specifierEdit(site.source, move.to), { range: first.range, text: move.newName });
        return;
      }
      if (removed) {
        this.report(site.node, 'removedExport', { name: first.name, from, nearest: removed.nearest, nearestFrom: removed.nearestFrom }, false);
        return;
      }
      if (to) this.pathFix(site.source, from, to);
      return;
    }
    const namesHere = tableBNamesOf(from);
    if (!to) return;
    if (namesHere.length === 0) this.pathFix(site.source, from, to);
    else this.pathManual(site.source, from, to, namesHere);
  }

  /** `declare module 'x' { … }`: the path moves unless the body declares a table-B name. */
  private planAugmentation(site: ModuleSite & { kind: 'module-declaration' }, to: string | undefined, namesHere: readonly string[]): void {
    const from = site.specifier;
    const body = site.node.body;
    const declared = body ? namesHere.find((name) => declaresName(body, name)) : undefined;
    if (declared) {
      this.report(site.node.id, 'augmentation', { from, name: declared, ...replacementOf(from, declared) }, false);
      return;
    }
    // `declare module 'abstractllm' { function helper(s: Session): void }`: a name the file does not
    // bind is the module's own export, which 2.0 has elsewhere (or not at all).
    const named = body ? namesHere.find((name) => namesUnbound(this.sourceCode, site.node, name)) : undefined;
    if (named) {
      this.report(site.node.id, 'augmentationUse', { from, name: named, ...replacementOf(from, named) }, false);
      return;
    }
    if (to) this.pathFix(site.source, from, to);
  }

  // ---------------------------------------------------------------------------------------------

  private report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, fix: boolean): void {
    this.reports.push({ node, messageId, data, fix });
  }

  /** Reports the plan's problems, the fixable ones with the file's one fix. */
  emit(): void {
    const edits = normalizeEdits(this.edits);
    // The one fix of the file, merged once here: ESLint would otherwise merge the same edits
    // again for every fixable problem.
    const merged = edits && edits.length > 0 ? mergeEdits(edits, this.sourceCode.text) : undefined;
    for (const { node, messageId, data, fix } of this.reports) {
      this.context.report({
        node,
        messageId,
        data,
        fix: fix && merged ? () => merged : null,
      });
    }
  }

  private flushJoins(): void {
    for (const [statement, texts] of this.joins) {
      const edit = joinEdit(this.sourceCode, statement, texts);
      if (edit) this.edits.push(edit);
    }
  }
}

/** A use of a module by the type checker alone: `import type`, `export type … from`, `import('x').T` in a type. */
function isTypeOnlySite(site: ModuleSite): boolean {
  if (site.kind === 'import-type') return true;
  if (site.kind === 'import') return site.node.importKind === 'type';
  if (site.kind === 'export-named') return site.node.exportKind === 'type';
  return false;
}

/** Sorted, de-duplicated edits; `undefined` when two overlap (then the plan is unsafe and no fix is offered). */
function normalizeEdits(edits: readonly Edit[]): Edit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const result: Edit[] = [];
  for (const edit of sorted) {
    const previous = result.at(-1);
    if (previous && previous.range[0] === edit.range[0] && previous.range[1] === edit.range[1] && previous.text === edit.text) continue;
    if (previous && edit.range[0] < previous.range[1]) return undefined;
    if (previous && edit.range[0] === previous.range[1] && edit.range[0] === edit.range[1] && previous.range[0] === previous.range[1]) {
      // Two insertions at one point: keep both, in plan order.
      result[result.length - 1] = { range: previous.range, text: previous.text + edit.text };
      continue;
    }
    result.push(edit);
  }
  return result;
}

/** Sorted, non-overlapping edits as one replacement from the first edit's start to the last's end. */
function mergeEdits(edits: readonly Edit[], text: string): { range: [number, number]; text: string } {
  const start = edits[0]!.range[0];
  let end = start;
  let merged = '';
  for (const edit of edits) {
    merged += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  return { range: [start, end], text: merged };
}

/** Where a table-B name of `from` is in 2.0: its new home, or the nearest equivalent when it has none. */
function replacementOf(from: string, name: string): { to: string; newName: string } {
  const move = findExportMove(from, name);
  if (move) return { to: move.to, newName: move.newName };
  const removed = findRemovedExport(from, name);
  return { to: removed?.nearestFrom ?? from, newName: removed?.nearest ?? name };
}

/** Whether a mock factory names `name`: as an object key, a member, or an identifier. */
function containsName(root: TSESTree.Node, name: string): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name) found = true;
    else if (node.type === AST_NODE_TYPES.Literal && node.value === name) found = true;
    if (!found) forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** Whether a `declare module` block reads `name` without a binding of the file for it (the module's own export). */
function namesUnbound(sourceCode: SourceCode, node: TSESTree.TSModuleDeclaration, name: string): boolean {
  const scope = sourceCode.scopeManager?.acquire(node);
  return scope !== null && scope !== undefined && scope.through.some((reference) => reference.identifier.name === name && reference.resolved === null);
}

/**
 * A comment that ends on the line above a statement, the last thing before it, that silences a check on
 * the line the statement starts on: `// eslint-disable-next-line …`, `// @ts-ignore`,
 * `// @ts-expect-error`. Written above each statement a split makes (`repeatable`), but for
 * `@ts-expect-error`, which on a line with no error is an error itself.
 */
function lineDirectiveAbove(sourceCode: SourceCode, node: TSESTree.Node): { text: string; repeatable: boolean } | undefined {
  const comment = sourceCode.getCommentsBefore(node).at(-1);
  // Also at the end of a line of code (`foo(); // @ts-ignore`): ESLint and TypeScript read it the same.
  if (!comment || comment.loc.end.line !== node.loc.start.line - 1) return undefined;
  const kind = /^(?:\*\s*)?(eslint-disable-next-line|@ts-ignore|@ts-expect-error)\b/.exec(comment.value.trim())?.[1];
  return kind ? { text: sourceCode.text.slice(comment.range[0], comment.range[1]), repeatable: kind !== '@ts-expect-error' } : undefined;
}

/** Whether a `declare module` body declares or augments `name`. */
function declaresName(body: TSESTree.TSModuleBlock, name: string): boolean {
  return body.body.some((statement) => {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    return 'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier && declaration.id.name === name;
  });
}

/** `'Session', 'HierarchicalMemory'`: names as a message lists them. */
function quotedList(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}

function hasAttributes(attributes: readonly TSESTree.ImportAttribute[] | undefined): boolean {
  return attributes !== undefined && attributes.length > 0;
}

/**
 * Whether a mock factory's module cannot be read off the code: anything but a function that
 * returns an object literal (`() => ({ … })`, `() => { return { … }; }`, async too). Such a
 * factory (`() => mocks`, a variable) may stub any name, so it is treated like an automock.
 */
function isOpaqueFactory(factory: TSESTree.Node, specifier: string): boolean {
  if (factory.type !== AST_NODE_TYPES.ArrowFunctionExpression && factory.type !== AST_NODE_TYPES.FunctionExpression) return true;
  const returned = factory.body.type === AST_NODE_TYPES.BlockStatement ? factory.body.body.at(-1) : factory.body;
  const value = returned?.type === AST_NODE_TYPES.ReturnStatement ? returned.argument : returned;
  if (value?.type !== AST_NODE_TYPES.ObjectExpression) return true;
  // A spread may carry any stub, unless it is the real module (`...(await importOriginal())`,
  // `...jest.requireActual('x')`), whose names are the real ones.
  return value.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement && !isOriginalModule(property.argument, factory, specifier));
}

/**
 * `await importOriginal()` (the factory's own parameter), `vi.importActual(specifier)`,
 * `jest.requireActual(specifier)`: the mocked module itself, not another (`requireActual('./fakes')`).
 */
function isOriginalModule(node: TSESTree.Node, factory: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, specifier: string): boolean {
  const call = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) return factory.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === callee.name);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticKeyName(callee.property, callee.computed) : undefined;
  return (method === 'importActual' || method === 'requireActual') && staticString(call.arguments[0]) === specifier;
}

/** The statically named properties of a pattern, as the names a load takes. */
function namesOfPattern(pattern: TSESTree.ObjectPattern): { node: TSESTree.Node; name: string }[] {
  return patternMembers(pattern, () => true).map(({ property, name }) => ({ node: property, name }));
}
