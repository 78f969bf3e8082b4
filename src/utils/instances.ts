import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { type TrackedClass, apiMembersOf, isApiMemberName, isPackageSpecifier, packageFunctions, trackedClassOf } from '../migration-table.js';
import { type VisitorKeys, forEachChild, isCommonJsExportsObject, isFunction, isFunctionLike, isTypeWrapper, isWritten, mayName, mayNameTwice, memberKey, moduleExportName, staticKeyName, staticString, writtenMemberOf } from './ast.js';
import { isLegacyMemberName } from './named-members.js';
import { typeOracleFor } from './typed.js';
import { resolveName } from './scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * Knows which expressions denote a tracked class (`Session`, `Agent`, `HierarchicalMemory`,
 * `TemporalMemory`, through imports, aliases, namespaces and CommonJS objects) and which hold an
 * instance of one. The Session, memory and compat rules share it: one analysis per file, made
 * by whichever rule asks first (`instanceTrackerFor`).
 *
 * Syntactic detection follows MIGRATION.md E: a binding initialised with `new C(…)` or
 * `C.load(…)` or a call of a function of the file declared to return `C`, a parameter, variable or
 * property annotated `C` (also reached through other declared properties, `this.deps.session`), a
 * class field assigned one, `this.field` for such a field, `x satisfies C`, and the elements,
 * values and results of arrays, maps and promises declared to hold `C`. With type information (typed linting), any expression whose type
 * is the class is one too; without it nothing here needs parser services.
 */
export interface InstanceTracker {
  /** The class an expression (or type name) denotes: `Session`, `llm.Session`, `S` for an alias. */
  classOf(node: TSESTree.Node): TrackedClass | undefined;
  /** The class of the instance an expression evaluates to. */
  instanceOf(node: TSESTree.Node): TrackedClass | undefined;
  /** The class an instance-creating expression makes: `new C(…)`, `C.load(…)`. */
  creationOf(node: TSESTree.Node): TrackedClass | undefined;
  /**
   * The class of the elements of what an expression holds: `team` for `team: Session[]` or
   * `Set<Session>` (what `for (const s of team)` gives); with `indexed`, only of an array (what `team[0]` holds).
   */
  elementOf(array: TSESTree.Node, indexed?: boolean): TrackedClass | undefined;
  /** The class of property `name` of what an expression holds: `this` and `'session'` (what `this.session` holds). */
  propertyOf(object: TSESTree.Node, name: string): TrackedClass | undefined;
  /** The class of property `name` of a type: an inline `{ session: Session }`, or an interface of this file it names. */
  typePropertyOf(type: TSESTree.TypeNode, name: string): TrackedClass | undefined;
  /** The class of what a callback's first parameter holds: `(s) => …` in `team.map(…)`, `byName.forEach(…)`, `p.then(…)`. */
  callbackParameterOf(callback: TSESTree.Node): TrackedClass | undefined;
  /**
   * Whether 1.x member `name` on a value of the class is the class's: not one another part of its
   * type declares (`Agent & { id: string }`), nor one the file gives the 2.0 class itself, a
   * polyfill (`declare module 'abstractagent' { interface Agent { generate(…) } }`, `Agent.prototype.generate = …`).
   */
  ownsMember(tracked: TrackedClass, name: string): boolean;
  /**
   * The class a value holds on some paths and not others (`#session = new Agent(…)`, and a static
   * factory writes a stub into it): not an instance to fix, but a use a person must look at.
   */
  maybeHeld(node: TSESTree.Node): TrackedClass | undefined;
}

/** The optional typed part: the tracked class of an expression's type, as an instance or as the class itself. */
export interface TypeOracle {
  /** `a` for `a: Agent`, `Agent | undefined`, `Agent & X`. */
  instanceOf(node: TSESTree.Node): TrackedClass | undefined;
  /** `Bot` for a value of type `typeof Agent` (a class re-exported by another module of the project). */
  classOf(node: TSESTree.Node): TrackedClass | undefined;
  /**
   * Whether an expression is typed `any` or `unknown` (or `never`), or a collection or promise of
   * such (`any[]`, `Record<string, any>`): it may hold anything, whatever it is stored in or asserted to be.
   */
  isAny(node: TSESTree.Node): boolean;
  /** Whether TypeScript is silenced where the expression is (`// @ts-expect-error`): its type proves nothing. */
  isUnchecked(node: TSESTree.Node): boolean;
  /** `x` for `x: Agent | OfflineStub`: a union with the class among its members, which holds one on some paths only. */
  maybeInstanceOf(node: TSESTree.Node): TrackedClass | undefined;
  /** Whether a call's declared return type is made of a type parameter (`id<T>(x: T): T`): it may give back what it is given. */
  returnsTypeParameter(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** Whether a call's declared parameter at `index` is made of a type parameter (`put(x: T)` of a `Pool<T>`): it may keep what it is given. */
  takesTypeParameter(node: TSESTree.CallExpression, index: number): boolean;
  /**
   * The members of a tracked class's own API (`apiMembersOf`) that the project declares too, in
   * any of its files (`declare module 'abstractagent' { interface Agent { chat(fork: true): Agent } }`):
   * what they give is not only what the package says. Worked out once a program.
   */
  augmentedMembers(tracked: TrackedClass): ReadonlySet<string>;
}

/** The tracker of a file, made once and shared by every rule that asks (one analysis, cached per AST). */
export function instanceTrackerFor(sourceCode: SourceCode): InstanceTracker {
  // Keyed by the AST, not the SourceCode: a host could reuse one SourceCode object for many files
  // (ESLint does not; a JS-plugin host such as oxlint might), while every file and every fix pass
  // has an AST of its own.
  const ast = sourceCode.ast;
  let tracker = trackers.get(ast);
  if (!tracker) {
    tracker = createInstanceTracker(sourceCode, typeOracleFor(sourceCode));
    trackers.set(ast, tracker);
  }
  return tracker;
}

const trackers = new WeakMap<TSESTree.Program, InstanceTracker>();

/** What a variable's import or load binds: a tracked class, or a module object (namespace). */
type ImportedBinding = { class: TrackedClass } | { namespace: string };

function createInstanceTracker(sourceCode: SourceCode, typeOracle?: TypeOracle): InstanceTracker {
  // Looked up per variable when a use asks, never by walking the file for imports and loads.
  const importCache = new Map<Variable, ImportedBinding | null>();
  const importedBy = (variable: Variable): ImportedBinding | undefined => {
    let bound = importCache.get(variable);
    if (bound === undefined) {
      // `let { Session } = require(…)` assigned again later may hold anything.
      bound = (isAssignedAgain(variable) ? undefined : importedBindingOf(variable, sourceCode.ast)) ?? null;
      importCache.set(variable, bound);
    }
    return bound ?? undefined;
  };
  const importedClassOf = (variable: Variable): TrackedClass | undefined => {
    const bound = importedBy(variable);
    return bound && 'class' in bound ? bound.class : undefined;
  };

  const variableCache = new Map<Variable, TrackedClass | null>();
  // What holds an instance on some paths and something else on others (`let a = new Agent(…)`
  // then `a = stub` in an offline mode): not provably one, so not fixed, but reported for a person.
  const maybeVariables = new Map<Variable, TrackedClass>();
  /** Collections made of instances that the file also puts other values into (`team.push(stub)`): their elements may be either. */
  const maybeCollections = new Map<Variable, TrackedClass>();
  const maybeFields = new Map<TSESTree.ClassBody, Map<string, TrackedClass>>();
  const aliasesSeen = new Set<TSESTree.Node>(); // `type A = B; type B = A` ends
  const fieldCache = new Map<TSESTree.ClassBody, Map<string, TrackedClass>>();
  const staticFieldCache = new Map<TSESTree.ClassBody, Map<string, TrackedClass>>();
  let fieldsInProgress = 0; // class bodies whose fields are being worked out (each reads as having none meanwhile)
  // One walk of a class body for the writes of `this.name`, shared by its instance and static fields.
  const thisWriteCache = new Map<TSESTree.ClassBody, ReturnType<typeof collectThisWrites>>();
  const thisWritesOf = (body: TSESTree.ClassBody): ReturnType<typeof collectThisWrites> => {
    let writes = thisWriteCache.get(body);
    if (!writes) {
      writes = collectThisWrites(body, sourceCode.visitorKeys);
      thisWriteCache.set(body, writes);
    }
    return writes;
  };

  /**
   * Runs a step of the analysis, unless the steps it is nested in are already too deep: a chain
   * of thousands of `const aN = aM.filter(…)` would overflow the stack, and a rule must not throw.
   * Too deep reads as "not provably one", the safe answer.
   */
  let depth = 0;
  const bounded = <T>(step: () => T | undefined): T | undefined => {
    if (depth >= maxDepth) return undefined;
    depth++;
    try {
      return step();
    } finally {
      depth--;
    }
  };

  // With type information, what the syntax cannot tell (a class or an instance from another
  // module) is read off the types; a value the file forces into the type (`stub as unknown as
  // Agent`) is left as the syntax leaves it, since its type says nothing of what it holds.
  const classOf = (node: TSESTree.Node): TrackedClass | undefined =>
    bounded(() => classOfSyntax(node) ?? (typeOracle && isClassInUse(node) && typesMayKnowClass(node) ? trustedType(node, typeOracle.classOf(node)) : undefined));

  /**
   * Whether the types may know a class the syntax does not: a value reached from a binding of the
   * file that is not a class it declares nor an import of the packages themselves (the syntax
   * decides those: `trackedClassOf`), such as an import of the project's own modules or a
   * destructure of what a function returns. A global (`new Map()`) has no binding here.
   */
  const typesMayKnowClass = (node: TSESTree.Node): boolean => {
    let root = node;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (root.type !== AST_NODE_TYPES.Identifier && root.type !== AST_NODE_TYPES.JSXIdentifier) return root.type === AST_NODE_TYPES.CallExpression;
    const variable = resolveName(sourceCode.getScope(root), root.name);
    return !!variable?.defs.some((def) => {
      // A class or function the file declares (`class Bot`, `const Panel = () => <div />`) is what it says.
      if (def.type === 'ClassName' || def.type === 'FunctionName') return false;
      const declared = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.node.init : undefined;
      if (declared && (isFunction(declared) || declared.type === AST_NODE_TYPES.ClassExpression)) return false;
      if (def.type === 'ImportBinding') return def.parent?.type !== AST_NODE_TYPES.ImportDeclaration || fromProject(def.parent.source);
      let init = def.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
      while (init && (init.type === AST_NODE_TYPES.MemberExpression || init.type === AST_NODE_TYPES.AwaitExpression)) init = init.type === AST_NODE_TYPES.MemberExpression ? init.object : init.argument;
      if (init?.type === AST_NODE_TYPES.ImportExpression) return fromProject(init.source);
      if (init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require') return fromProject(init.arguments[0]);
      return true;
    });
  };

  /**
   * Whether a value is one the packages' API itself gives, none of which is an instance (tests/api):
   * what a function they export returns (`createLLM(…)`), a member of an instance in its version
   * (`session.messages`, `await session.generate(…)`, `agent.session`), an element of one (`m` in
   * `session.messages.map((m) => m.id)`, `history[0]`), and a `const` that holds one. Not a
   * member of those (`reply.toolCalls[0].arguments.x` is `unknown`, which may be narrowed to
   * anything). The syntax decides these, so the types are not asked (with type information, the
   * first question about a file is the checker's costliest).
   */
  const givenByPackageApi = (node: TSESTree.Node, depth = 0): boolean => {
    if (depth > 3) return false;
    let value = node;
    while (value.type === AST_NODE_TYPES.AwaitExpression || value.type === AST_NODE_TYPES.TSNonNullExpression || value.type === AST_NODE_TYPES.ChainExpression) {
      value = value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value.expression;
    }
    if (value.type === AST_NODE_TYPES.CallExpression) {
      if (value.callee.type === AST_NODE_TYPES.MemberExpression) return isApiMemberOfInstance(value.callee);
      return value.callee.type === AST_NODE_TYPES.Identifier && isPackageFunction(value.callee);
    }
    if (value.type === AST_NODE_TYPES.MemberExpression) {
      // `history[0]` of `session.getHistory()`: an element of what the member gives.
      const indexed = value.computed && staticKeyName(value.property, true) === undefined;
      return indexed || /^\d+$/.test(memberKey(value.property, value.computed) ?? '') ? givenByPackageApi(value.object, depth + 1) : isApiMemberOfInstance(value);
    }
    if (value.type !== AST_NODE_TYPES.Identifier) return false;
    // `const llm = createLLM(…)`: what it is made with.
    const declared = declarationOf(value);
    if (declared?.constant) return !declared.annotation && !!declared.init && givenByPackageApi(declared.init, depth + 1);
    const def = onlyDefinitionOf(value);
    // `(m) => …` given to `session.messages.map`: an element of the member.
    if (def?.type !== 'Parameter' || !isFunction(def.node) || def.node.params[0] !== def.name || def.name.typeAnnotation) return false;
    const call = def.node.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== def.node || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = staticKeyName(call.callee.property, call.callee.computed);
    return method !== undefined && arrayCallbackMethods.has(method) && givenByPackageApi(call.callee.object, depth + 1);
  };
  /** `session.messages` of a 1.x Session, `agent.session` of an Agent: a member of the class's own API in its version. */
  const isApiMemberOfInstance = (member: TSESTree.MemberExpression): boolean => {
    const name = memberKey(member.property, member.computed);
    // Only a name of the API is worth asking what the object is; `this` (a class's own field, or
    // with type information the checker's question) never is one of the packages' instances here.
    if (name === undefined || !isApiMemberName(name) || member.object.type === AST_NODE_TYPES.Super || member.object.type === AST_NODE_TYPES.ThisExpression) return false;
    const tracked = instanceOf(member.object);
    // Not one another part of its type declares, nor one the file polyfills or augments
    // (`declare module 'abstractagent' { interface Agent { chat(fork: true): Agent } }`).
    return !!tracked && apiMembersOf(tracked).has(name) && ownsMember(tracked, name) && !typeOracle?.augmentedMembers(tracked).has(name);
  };
  /** `createLLM` imported from one of the packages: a function they declare (`packageFunctions`), not a class of theirs. */
  const isPackageFunction = (callee: TSESTree.Identifier): boolean => {
    const def = onlyDefinitionOf(callee);
    if (def?.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier || def.parent?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
    const source = def.parent.source.value;
    const name = moduleExportName(def.node.imported);
    return isPackageSpecifier(source) && packageFunctions.has(name) && !trackedClassOf(source, name);
  };

  /** What the types say of `node`, unless it may hold a forced value (asked only when they say something: it is the rarer answer). */
  const trustedType = (node: TSESTree.Node, typed: TrackedClass | undefined): TrackedClass | undefined =>
    typed && !mayHoldForcedValue(node) ? typed : undefined;

  /**
   * Whether an expression may hold a value forced into its type: it is a forced cast
   * (`x as unknown as Agent`, `x as any`, `x as never`), or a variable or member of that name is
   * written with one, or written through a type wrapper (`(this.agent as any) = stub`). Only asked
   * before trusting the type checker, which cannot see past such a cast.
   */
  let memberValues: Map<string, MemberValues> | undefined;
  const forcedMembers = new Map<string, boolean>();
  const forcedInProgress = new Set<TSESTree.Node>(); // `for (const a of a)`, `for (const t of t.children)` end
  const mayHoldForcedValue = (node: TSESTree.Node): boolean => {
    if (forcedInProgress.has(node)) return false;
    forcedInProgress.add(node);
    try {
      return bounded(() => mayHoldForcedValueOnce(node)) ?? true;
    } finally {
      forcedInProgress.delete(node);
    }
  };
  const mayHoldForcedValueOnce = (node: TSESTree.Node): boolean => {
    let inner = node;
    // `(await q)` holds what `q` resolves to: forced with it.
    while (inner.type === AST_NODE_TYPES.TSNonNullExpression || inner.type === AST_NODE_TYPES.ChainExpression || inner.type === AST_NODE_TYPES.AwaitExpression) {
      inner = inner.type === AST_NODE_TYPES.AwaitExpression ? inner.argument : inner.expression;
    }
    if (isForcedValue(inner) || isUncheckedAssertion(inner) || isAssertionFromAny(inner)) return true;
    // A value typed `any` stored in a binding typed Agent is forced in just the same, and so is one
    // written where TypeScript is told to look away (`// @ts-expect-error` above `current = stub`).
    // A factory of one too (`this.make = () => stub as never`).
    const forced = (value: TSESTree.Node): boolean => isForcedWrite(value) || isForcedFactory(value);
    // Only the values written to the name asked about are given to the type checker: asking it of
    // every value the file writes to any member would check most of the file.
    const forcedMember = (name: string | undefined): boolean => {
      if (name === undefined) return false;
      let known = forcedMembers.get(name);
      if (known === undefined) {
        memberValues ??= collectMemberValues(sourceCode.ast, sourceCode.visitorKeys);
        const written = memberValues.get(name);
        // A collection of that name given a forced element (`this.team.push(fake as never)`) may hold one too.
        // A getter of that name (`get agent(): Agent { return fake as never; }`) gives what it returns.
        const forcedGetter = (value: TSESTree.Node): boolean => isFunction(value) && isGetter(value) && returnsForced(value);
        // `*`: `Object.assign(this, options)` may have written any member.
        known =
          !!memberValues.get('*')?.forced ||
          (!!written && (written.forced || written.values.some((value) => forced(value) || forcedGetter(value)) || forcedElementsOfMember(name)));
        forcedMembers.set(name, known);
      }
      return known;
    };
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const variable = resolveName(sourceCode.getScope(inner), inner.name);
      // `declare global { var shared: Agent }` with `globalThis.shared = stub as never`.
      if (!variable?.defs.length && globalForced(inner.name)) return true;
      if (!variable) return false;
      if (variable.references.some((reference) => (reference.writeExpr && forced(reference.writeExpr)) || isWrittenThroughWrapper(reference.identifier))) return true;
      // A parameter a call of the file gives a forced value (`use(stub as never)`, `cb(stub as never)`).
      const givenForced = (def: TSESLint.Scope.Definition): boolean => {
        if (parameterGivenForced(def)) return true;
        if (def.type !== 'Parameter' || !isFunction(def.node) || def.name.parent !== def.node) return false;
        const index = withoutThis(def.node.params).indexOf(def.name as TSESTree.Parameter);
        return index >= 0 && contextGivesForced(def.node, index);
      };
      if (variable.defs.some(givenForced)) return true;
      // A collection given a forced element (`team.push(stub as never)`, `panel[0]![0] = stub as never`).
      if (holdsForcedElements(inner, declarationOf(inner)?.init) || promiseGivenForced(inner)) return true;
      // `for (const t of team)`, `const [head] = team`: what it is taken from may hold a forced one.
      for (const def of variable.defs) {
        if (def.node.type !== AST_NODE_TYPES.VariableDeclarator) continue;
        const loop = def.parent?.parent;
        if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent && mayHoldForcedValue(loop.right)) return true;
        if (def.node.id !== def.name && def.node.init && mayHoldForcedValue(def.node.init)) return true;
      }
      // `q.then((a) => …)`, `team.map((a) => …)`: a callback's parameter holds what its receiver gives.
      const [def] = variable.defs;
      // `panel.forEach(([s]) => …)`: a pattern of that parameter too.
      const first = def?.type === 'Parameter' && isFunction(def.node) ? def.node.params[0] : undefined;
      const callback = variable.defs.length === 1 && first && first.range[0] <= def!.name.range[0] && def!.name.range[1] <= first.range[1] ? (def!.node as TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression) : undefined;
      const call = callback?.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === callback && call.callee.type === AST_NODE_TYPES.MemberExpression && mayHoldForcedValue(call.callee.object)) return true;
      // `const { agent } = other` where `other.agent = stub as never`.
      return variable.defs.some((def) => {
        const property = def.name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? def.name.parent.parent : def.name.parent;
        return property?.type === AST_NODE_TYPES.Property && property.parent.type === AST_NODE_TYPES.ObjectPattern && forcedMember(staticKeyName(property.key, property.computed));
      });
    }
    // What is reached from a forced value is what its forced type says: `router.open()` for `router = stub as never`.
    if (inner.type === AST_NODE_TYPES.NewExpression) return passesForced(inner);
    // `[...team]`, `[...byName.values()]`: a literal of what may hold one.
    if (inner.type === AST_NODE_TYPES.ArrayExpression) {
      return inner.elements.some((element) => !!element && mayHoldForcedValue(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element));
    }
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      // `make()` for `function make(): Agent { return stub as never; }`.
      const called = calledFunction(inner);
      if (called && called.type !== AST_NODE_TYPES.TSEmptyBodyFunctionExpression && called.type !== AST_NODE_TYPES.TSDeclareFunction && returnsForced(called)) return true;
      // `make()` for a `let make` assigned another function somewhere (`make = () => fake as never`).
      if (passesForced(inner)) return true;
      // `make()` for `function make(): Agent { return fake as any; }`.
      const declared = calledFunction(inner);
      if (declared && hasBody(declared) && returnsForced(declared)) return true;
      if (inner.callee.type === AST_NODE_TYPES.Identifier) return isReassigned(inner.callee) || mayHoldForcedValue(inner.callee);
      // `deps.make()` where `deps.make = () => stub as never` somewhere: the member called, by its
      // name; `registry.get(k)!()`: what the factory comes from.
      return mayHoldForcedValue(inner.callee);
    }
    if (inner.type !== AST_NODE_TYPES.MemberExpression) return false;
    return forcedMember(memberKey(inner.property, inner.computed)) || (inner.object.type !== AST_NODE_TYPES.ThisExpression && mayHoldForcedValue(inner.object));
  };

  const classOfSyntax = (node: TSESTree.Node): TrackedClass | undefined => {
    // `new (Session as any)(…)`, `new Session!(…)`: the class under a type wrapper.
    if (isTypeWrapper(node)) return classOf(node.expression);
    switch (node.type) {
      // `<Agent … />`: a JSX tag names the class as an identifier does.
      case AST_NODE_TYPES.JSXIdentifier:
      case AST_NODE_TYPES.Identifier: {
        const variable = resolveName(sourceCode.getScope(node), node.name);
        if (!variable) return undefined;
        const direct = importedClassOf(variable);
        if (direct) return direct;
        // `type Llm = Session`: a type alias of the class.
        const alias = variable.defs.length === 1 ? variable.defs[0]?.node : undefined;
        // `<T extends Session>(t: T)`: a value of the type parameter is one of the class.
        if (alias?.type === AST_NODE_TYPES.TSTypeParameter && alias.constraint && !aliasesSeen.has(alias)) {
          aliasesSeen.add(alias);
          const constrained = classOf(alias.constraint);
          aliasesSeen.delete(alias);
          return constrained;
        }
        if (alias?.type === AST_NODE_TYPES.TSTypeAliasDeclaration && !aliasesSeen.has(alias)) {
          aliasesSeen.add(alias);
          const aliased = classOf(alias.typeAnnotation);
          aliasesSeen.delete(alias);
          return aliased;
        }
        // `const S = Session` aliases the class; so does a `let`/`var` that is never assigned again
        // (`var Session = require('abstractllm').Session` in CommonJS).
        const def = variable.defs[0];
        if (variable.defs.length === 1 && def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name) {
          const init = def.node.init;
          const constant =
            def.parent?.type === AST_NODE_TYPES.VariableDeclaration &&
            (def.parent.kind === 'const' || variable.references.every((reference) => !reference.isWrite() || reference.init));
          if (init && init !== node && constant) return classOf(init);
        }
        return undefined;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = staticKeyName(node.property, node.computed);
        if (name === undefined) return undefined;
        // `require('abstractllm').Session`: a named member of a module loaded in place.
        const loaded = loadedSpecifier(node.object);
        if (loaded !== undefined) return trackedClassOf(loaded, name);
        return node.object.type === AST_NODE_TYPES.Identifier ? namespaceMember(node.object, name) : undefined;
      }
      case AST_NODE_TYPES.TSQualifiedName:
        return node.left.type === AST_NODE_TYPES.Identifier ? namespaceMember(node.left, node.right.name) : undefined;
      // `<agents.Agent … />`.
      case AST_NODE_TYPES.JSXMemberExpression:
        return node.object.type === AST_NODE_TYPES.JSXIdentifier ? namespaceMember(node.object, node.property.name) : undefined;
      case AST_NODE_TYPES.TSTypeReference:
        return classOf(node.typeName);
      // `(0, Session)`, `require('x')?.Session`: the class under the wrapper.
      case AST_NODE_TYPES.ChainExpression:
        return classOf(node.expression);
      case AST_NODE_TYPES.SequenceExpression:
        return classOf(node.expressions.at(-1)!);
      case AST_NODE_TYPES.TSImportType: {
        // `import('abstractllm').Session` as a type.
        const imported = node as { source?: TSESTree.StringLiteral; argument?: TSESTree.TypeNode; qualifier: TSESTree.EntityName | null };
        const literal = imported.source ?? (imported.argument?.type === AST_NODE_TYPES.TSLiteralType ? imported.argument.literal : undefined);
        const specifier = staticString(literal as TSESTree.Node | undefined);
        return specifier !== undefined && imported.qualifier?.type === AST_NODE_TYPES.Identifier ? trackedClassOf(specifier, imported.qualifier.name) : undefined;
      }
      case AST_NODE_TYPES.TSTypeAnnotation:
        return classOf(node.typeAnnotation);
      case AST_NODE_TYPES.TSUnionType: {
        // `Session | undefined`: the instance type once narrowed.
        const types = node.types.filter(
          (type) => type.type !== AST_NODE_TYPES.TSUndefinedKeyword && type.type !== AST_NODE_TYPES.TSNullKeyword,
        );
        // `Session | Agent` in a half-migrated file: one class in either version (the 1.x one first).
        const classes = types.map((type) => classOf(type));
        const first = sameClassOfAll(classes);
        if (!first) return undefined;
        return classes.find((tracked) => tracked?.version === 1) ?? first;
      }
      case AST_NODE_TYPES.TSIntersectionType:
        return intersectionClassOf(node);
      default:
        return undefined;
    }
  };

  /**
   * `Session & { tag: string }`: the one class among the parts, when every other part is a type
   * whose members this file shows (inline, or an interface of the file that extends nothing). A
   * 1.x member name such a part declares, or one of the class's own API (`session`: `isApiMemberOfInstance`
   * trusts only the package's), is that part's (`foreignMembers`); of an imported type,
   * the members cannot be known, so the value is not provably the class's.
   */
  const intersectionClassOf = (node: TSESTree.TSIntersectionType): TrackedClass | undefined => {
    const classes = node.types.map((type) => classOf(type));
    const tracked = classes.filter((one) => one !== undefined);
    if (tracked.length !== 1) return undefined;
    const foreignMembers: string[] = [];
    for (const [index, part] of node.types.entries()) {
      if (classes[index]) continue;
      const local = part.type === AST_NODE_TYPES.TSTypeReference && part.typeName.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(part), part.typeName.name) : undefined;
      const isLocalInterface = !!local?.defs.length && local.defs.every((def) => def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration);
      const bodies = isLocalInterface ? interfaceBodiesOf((part as TSESTree.TSTypeReference).typeName) : [];
      if (part.type !== AST_NODE_TYPES.TSTypeLiteral && (!isLocalInterface || bodies.some((body) => body.parent.extends.length > 0))) return undefined;
      const members = part.type === AST_NODE_TYPES.TSTypeLiteral ? part.members : bodies.flatMap((body) => body.body);
      for (const member of members) {
        const name = 'key' in member ? staticKeyName(member.key, member.computed) : undefined;
        if (name !== undefined && (isLegacyMemberName(name) || isApiMemberName(name))) foreignMembers.push(name);
      }
    }
    // The 1.x class declares every 1.x name itself: on `Session & { id: string }`, `id` is the Session's too.
    return foreignMembers.length > 0 && tracked[0]!.version === 2 ? { ...tracked[0]!, foreignMembers } : tracked[0];
  };

  const namespaceMember = (object: TSESTree.Identifier | TSESTree.JSXIdentifier, name: string): TrackedClass | undefined => {
    const variable = resolveName(sourceCode.getScope(object), object.name);
    const bound = variable && importedBy(variable);
    return bound && 'namespace' in bound ? trackedClassOf(bound.namespace, name) : undefined;
  };

  const creationOf = (node: TSESTree.Node): TrackedClass | undefined => {
    if (node.type === AST_NODE_TYPES.NewExpression) return classOf(node.callee);
    if (node.type === AST_NODE_TYPES.AwaitExpression) return undefined;
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      staticKeyName(node.callee.property, node.callee.computed) === 'load'
    ) {
      const tracked = classOf(node.callee.object);
      return tracked?.legacyName === 'Session' ? tracked : undefined;
    }
    return undefined;
  };

  /** The definition of the variable an identifier names, when it has exactly one. */
  const onlyDefinitionOf = (identifier: TSESTree.Identifier): TSESLint.Scope.Definition | undefined => {
    const variable = resolveName(sourceCode.getScope(identifier), identifier.name);
    return variable?.defs.length === 1 ? variable.defs[0] : undefined;
  };

  /** The function a name of this file is bound to: a function declaration, or a `const` initialised with one. */
  const functionNamed = (name: TSESTree.Identifier): TSESTree.Node | null | undefined => {
    const def = onlyDefinitionOf(name);
    // `function make() {…}` assigned again (`make = stub`) may be anything when called.
    const variable = def && resolveName(sourceCode.getScope(name), name.name);
    if (variable && isAssignedAgain(variable)) return undefined;
    // `declare function restore(): Session` says what it returns as a definition does.
    return def?.node.type === AST_NODE_TYPES.FunctionDeclaration || def?.node.type === AST_NODE_TYPES.TSDeclareFunction
      ? def.node
      : def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const'
        ? def.node.init
        : undefined;
  };

  /**
   * `module.exports.createBot(…)` / `exports.createBot(…)` (called so that a test may stub it): the
   * function of this file the module exports under that name, when the file writes its exports only
   * in top-level statements (`module.exports = { createBot }` once, or `exports.createBot = createBot`)
   * and uses `module.exports` nowhere else but to read members off it.
   */
  let commonJsExports: Map<string, TSESTree.Node> | null | undefined;
  const commonJsExported = (callee: TSESTree.MemberExpression): TSESTree.Node | null | undefined => {
    const object = callee.object;
    // CommonJS's own `module` and `exports`: globals, not bindings the file declares.
    const isGlobal = (identifier: TSESTree.Identifier): boolean => !resolveName(sourceCode.getScope(identifier), identifier.name)?.defs.length;
    const isExportsObject = (node: TSESTree.Node): boolean => isCommonJsExportsObject(node, isGlobal);
    if (!isExportsObject(object)) return undefined;
    commonJsExports ??= collectCommonJsExports(isExportsObject);
    const name = staticKeyName(callee.property, callee.computed);
    const value = name === undefined ? undefined : commonJsExports?.get(name);
    if (value?.type === AST_NODE_TYPES.Identifier) return functionNamed(value);
    return value;
  };
  const collectCommonJsExports = (isExportsObject: (node: TSESTree.Node) => boolean): Map<string, TSESTree.Node> | null => {
    const exported = new Map<string, TSESTree.Node>();
    let wholeAssignments = 0;
    // In CommonJS, `this` at the top level is `module.exports`: `this.createBot = stub` writes it.
    if (writesTopLevelThis(sourceCode.ast, sourceCode.visitorKeys)) return null;
    const globalScope = sourceCode.scopeManager?.globalScope;
    // Unresolved, or resolved to a configured global (`sourceType: 'commonjs'`), which has no definitions.
    const references = ['module', 'exports'].flatMap((name) => {
      const declared = globalScope?.set.get(name);
      return [...(declared && declared.defs.length === 0 ? declared.references : []), ...(globalScope?.through.filter((reference) => reference.identifier.name === name) ?? [])];
    });
    for (const reference of references) {
      const identifier = reference.identifier;
      let use: TSESTree.Node = identifier;
      if (identifier.name === 'module') {
        const member = identifier.parent;
        // `const mod = module`, `f(module)`: its exports may be written through that.
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return null;
        if (!isExportsObject(member)) {
          if (isWritten(member)) return null; // `module.exports` by another name is still it
          continue; // `module.id`
        }
        use = member;
      }
      const parent = use.parent;
      // `module.exports.x` read (not written): fine.
      const member = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use ? parent : undefined;
      const target = member ?? use;
      const assignment = target.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === target && assignment.operator === '=') {
        // Only top-level statements say once and for all what the module exports.
        if (assignment.parent.type !== AST_NODE_TYPES.ExpressionStatement || assignment.parent.parent.type !== AST_NODE_TYPES.Program) return null;
        if (member) {
          const name = staticKeyName(member.property, member.computed);
          if (name === undefined || exported.has(name)) return null;
          exported.set(name, assignment.right);
        } else {
          if (++wholeAssignments > 1 || assignment.right.type !== AST_NODE_TYPES.ObjectExpression) return null;
          for (const property of assignment.right.properties) {
            const name = property.type === AST_NODE_TYPES.Property && property.kind === 'init' ? staticKeyName(property.key, property.computed) : undefined;
            if (name === undefined || exported.has(name)) return null;
            exported.set(name, (property as TSESTree.Property).value);
          }
        }
        continue;
      }
      if (member && !isWritten(member)) continue;
      // `Object.assign(module.exports, …)`, `f(exports)`: written where this cannot see.
      return null;
    }
    // `offline() { this.createBot = stub; }`, called as `module.exports.offline()`: `this` is the exports.
    for (const value of exported.values()) {
      const fn = value.type === AST_NODE_TYPES.Identifier ? functionNamed(value) : value;
      if ((fn?.type === AST_NODE_TYPES.FunctionExpression || fn?.type === AST_NODE_TYPES.FunctionDeclaration) && writesThis(fn.body)) return null;
    }
    return exported;
  };

  /**
   * The function of this file a call calls: a function declaration or a `const` function, or a
   * method of a class of this file (`this.open()`, `router.open()`, `Router.create()`, an abstract
   * method's declaration).
   */
  const calledFunction = (
    call: TSESTree.CallExpression,
  ):
    | TSESTree.FunctionDeclaration
    | TSESTree.FunctionExpression
    | TSESTree.ArrowFunctionExpression
    | TSESTree.TSEmptyBodyFunctionExpression
    | TSESTree.TSDeclareFunction
    | undefined => {
    let declared: TSESTree.Node | null | undefined;
    if (call.callee.type === AST_NODE_TYPES.Identifier) declared = functionNamed(call.callee);
    else if (call.callee.type === AST_NODE_TYPES.MemberExpression) {
      // `factories.support()` for `const factories = { support: () => new Agent(…) }` too.
      const name = memberKey(call.callee.property, call.callee.computed);
      const literal = name === undefined ? undefined : literalPropertyValue(call.callee.object, name);
      declared = methodOf(call.callee) ?? commonJsExported(call.callee) ?? (literal?.type === AST_NODE_TYPES.Identifier ? functionNamed(literal) : literal);
    }
    return declared?.type === AST_NODE_TYPES.FunctionDeclaration ||
      declared?.type === AST_NODE_TYPES.FunctionExpression ||
      declared?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      declared?.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression ||
      declared?.type === AST_NODE_TYPES.TSDeclareFunction
      ? declared
      : undefined;
  };

  /**
   * A call of a function of this file declared to return the class: `sessionFor(id)` for
   * `function sessionFor(id: string): Session`, `await open()` for `(): Promise<Session>`, and
   * `make()` for `const make = () => new Session()`.
   */
  const returning = new Set<TSESTree.Node>(); // functions being looked into: `const f = () => f()` ends
  const returnedBy = (node: TSESTree.Node): TrackedClass | undefined =>
    node.type === AST_NODE_TYPES.AwaitExpression ? callReturns(node.argument, true) : callReturns(node, false);
  /** What a call of a function of this file returns, or (`awaited`) what its promise resolves to. */
  const callReturns = (call: TSESTree.Node, awaited: boolean): TrackedClass | undefined => {
    if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    // `await Promise.resolve(new Session())` (also of a promise of one, which it adopts).
    const resolved = awaited && call.arguments.length === 1 ? globalPromiseResolve(call) : undefined;
    if (resolved) return instanceOf(resolved) ?? promisedClassOf(resolved);
    const declared = calledFunction(call);
    if (declared) return functionReturns(declared, awaited) ?? genericReturns(declared, call, awaited);
    // `registry.get('x')!()` for `registry: Map<string, () => Agent>`: what the function type returns.
    let callee: TSESTree.Node = call.callee;
    while (callee.type === AST_NODE_TYPES.TSNonNullExpression) callee = callee.expression;
    const mapGet = callee.type === AST_NODE_TYPES.CallExpression && callee.callee.type === AST_NODE_TYPES.MemberExpression && staticKeyName(callee.callee.property, callee.callee.computed) === 'get' ? mapValueTypeOf(callee.callee.object) : undefined;
    const returned = mapGet?.type === AST_NODE_TYPES.TSFunctionType ? mapGet.returnType?.typeAnnotation : undefined;
    if (!returned) return undefined;
    return classOf(awaited ? (promisedType(returned) ?? returned) : returned);
  };
  /**
   * What a call of a generic function of this file gives, when its declared return type is one of
   * its type parameters (`T`, or `Promise<T>` awaited) and every parameter that names `T` takes it
   * in a shape read here: `x: T`, `p: Promise<T>`, `fn: () => T`, `fn: () => Promise<T>` (a retry or
   * a cache helper: `await withRetry(connect)` for `withRetry<T>(fn: () => Promise<T>): Promise<T>`).
   * `T` is then what every argument given for it holds.
   */
  const genericReturns = (declared: NonNullable<ReturnType<typeof calledFunction>>, call: TSESTree.CallExpression, awaited: boolean): TrackedClass | undefined => {
    const returned = declared.returnType?.typeAnnotation;
    if (!returned || !declared.typeParameters) return undefined;
    // `return fake as T`, `return stub as any`: a body that returns a value cast to `T` gives what it casts, not the argument.
    if (hasBody(declared) && returnsCast(declared)) return undefined;
    const result = awaited ? (promisedType(returned) ?? returned) : returned;
    const name = result.type === AST_NODE_TYPES.TSTypeReference && result.typeName.type === AST_NODE_TYPES.Identifier && !result.typeArguments ? result.typeName.name : undefined;
    if (name === undefined || !declared.typeParameters.params.some((parameter) => parameter.name.name === name)) return undefined;
    const isT = (type: TSESTree.TypeNode | undefined): boolean =>
      type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === name && !type.typeArguments;
    const classes: (TrackedClass | undefined)[] = [];
    const params = withoutThis(declared.params);
    for (const [index, param] of params.entries()) {
      const typed = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
      const annotation = 'typeAnnotation' in typed ? typed.typeAnnotation?.typeAnnotation : undefined;
      if (!annotation || !mentionsTypeName(annotation, name)) continue;
      // `log: (v: T) => void` takes a `T`, it does not give one.
      if (annotation.type === AST_NODE_TYPES.TSFunctionType && param.type === AST_NODE_TYPES.Identifier && !(annotation.returnType && mentionsTypeName(annotation.returnType, name))) continue;
      // Given some other way (`...rest: T[]`, `fallback: T = …`), `T` may come from there too: not read.
      if (param.type !== AST_NODE_TYPES.Identifier) return undefined;
      const argument = call.arguments[index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || call.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      const fnReturn = annotation.type === AST_NODE_TYPES.TSFunctionType ? annotation.returnType?.typeAnnotation : undefined;
      if (isT(annotation)) classes.push(instanceOf(argument));
      else if (isT(promisedType(annotation))) classes.push(promisedClassOf(argument));
      else if (fnReturn && isT(fnReturn)) classes.push(calledArgumentGives(argument, false));
      else if (fnReturn && isT(promisedType(fnReturn))) classes.push(calledArgumentGives(argument, true));
      else return undefined;
    }
    return sameClassOfAll(classes);
  };
  /** Whether a function returns on some path a forced value or one under an assertion (`fake as T`, `await (x as T)`). */
  const returnsCast = (fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration): boolean =>
    (fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedValuesOf(fn.body) : [fn.body]).some((value) => {
      if (!value) return false;
      const casts = (node: TSESTree.Node): boolean =>
        valueBranches(node).some((branch) =>
          branch.type === AST_NODE_TYPES.AwaitExpression ? casts(branch.argument) : branch.type === AST_NODE_TYPES.TSAsExpression || branch.type === AST_NODE_TYPES.TSTypeAssertion,
        );
      return isForcedWrite(value) || casts(value);
    });
  /** What calling a function given as an argument gives (awaited: what the promise it returns resolves to). */
  const calledArgumentGives = (argument: TSESTree.Node, awaited: boolean): TrackedClass | undefined => {
    // `() => connect()`: a promise made by the body, awaited.
    if (argument.type === AST_NODE_TYPES.ArrowFunctionExpression && argument.body.type !== AST_NODE_TYPES.BlockStatement && !argument.returnType && awaited && !argument.async) {
      return promisedClassOf(argument.body);
    }
    const fn = argument.type === AST_NODE_TYPES.Identifier ? functionNamed(argument) : argument;
    return fn && isFunctionLike(fn) ? functionReturns(fn, awaited) : undefined;
  };
  /** What a function of this file returns, or (`awaited`) what the promise it returns resolves to. */
  const functionReturns = (declared: NonNullable<ReturnType<typeof calledFunction>>, awaited: boolean): TrackedClass | undefined => {
    const returned = declared.returnType?.typeAnnotation;
    if (!returned) {
      if (declared.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression || declared.type === AST_NODE_TYPES.TSDeclareFunction) return undefined;
      // `const make = () => new Session()`: an arrow's expression body is what it returns; an
      // async arrow's (`async () => new Session()`) is what awaiting its call gives. A block body
      // (`function make() { return new Session(); }`) returns what every `return` in it gives.
      if (awaited !== !!declared.async || declared.generator || returning.has(declared)) return undefined;
      returning.add(declared);
      let made: TrackedClass | undefined;
      if (declared.body.type !== AST_NODE_TYPES.BlockStatement) made = instanceOf(declared.body);
      else {
        const classes = returnedValuesOf(declared.body).map((value) => value && instanceOf(value));
        made = sameClassOfAll(classes);
      }
      returning.delete(declared);
      return made;
    }
    // `function make(): Agent { return fake as any; }`: the return type decides, but not for a value forced into it.
    if (hasBody(declared) && returnsForced(declared)) return undefined;
    if (!awaited) return classOf(returned);
    // `await f()` for `f(): Promise<C>`; awaiting a plain `C` is `C` too.
    return classOf(promisedType(returned) ?? returned);
  };
  const hasBody = (fn: NonNullable<ReturnType<typeof calledFunction>>): fn is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression =>
    fn.type !== AST_NODE_TYPES.TSEmptyBodyFunctionExpression && fn.type !== AST_NODE_TYPES.TSDeclareFunction && !!fn.body;

  /**
   * The method a member call calls, when it is a method of a class of this file: `this.open()`
   * (in an instance or a static member), `Router.create()`, and `router.open()` for a `router`
   * annotated with or made as (`new Router()`) such a class. Its declared return type says what
   * the call returns.
   */
  const methodOf = (callee: TSESTree.MemberExpression): TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression | undefined => {
    const name = memberKey(callee.property, callee.computed);
    if (name === undefined) return undefined;
    let body: TSESTree.ClassBody | undefined;
    let isStatic = false;
    const { object } = callee;
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      body = enclosingClassBody(callee);
      if (!body) {
        body = enclosingClassBody(callee, true);
        isStatic = true;
      }
    } else if (object.type === AST_NODE_TYPES.Identifier) {
      const declaredClass = declaredBodyOf(object, AST_NODE_TYPES.ClassDeclaration);
      if (declaredClass?.type === AST_NODE_TYPES.ClassBody) {
        body = declaredClass;
        isStatic = true;
      } else {
        body = localClassOf(object);
      }
    } else if (object.type === AST_NODE_TYPES.NewExpression || object.type === AST_NODE_TYPES.CallExpression) {
      body = localClassOf(object); // `new Bot().make()`, `Router.create().open()`
    }
    // One declaration of the name: an implementation, or an abstract method's (`abstract open(): Session`);
    // overloads may return different types.
    const methods = (body?.body ?? []).filter(
      (member): member is TSESTree.MethodDefinition | TSESTree.TSAbstractMethodDefinition =>
        (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition) &&
        member.kind === 'method' &&
        member.static === isStatic &&
        memberKey(member.key, member.computed) === name,
    );
    const method = methods.length === 1 ? methods[0]!.value : undefined;
    if (method?.type === AST_NODE_TYPES.FunctionExpression) return method;
    return method?.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression && methods[0]!.type === AST_NODE_TYPES.TSAbstractMethodDefinition ? method : undefined;
  };

  /**
   * How a container is declared: a variable (`const team: Session[]`) or a field of the class read
   * as `this.team` (`private team: Session[] = []`, `sessions = new Map<string, Session>()`).
   */
  const declarationOf = (node: TSESTree.Node): { annotation?: TSESTree.TypeNode; init?: TSESTree.Expression | null; constant: boolean } | undefined => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const def = onlyDefinitionOf(node);
      if (!def) return undefined;
      const declarator = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.node : undefined;
      const constant = def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const';
      return { annotation: annotationOf(def), init: declarator?.init, constant };
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const name = memberKey(node.property, node.computed);
    const body = enclosingClassBody(node);
    return body && name !== undefined ? fieldDeclarationIn(body, name) : undefined;
  };

  /** `sessions.get(id)` for `sessions: Map<string, Session>` or `const sessions = new Map<string, Session>()`. */
  /**
   * The type arguments of a reference to one of the global generic types `names` (`Map<K, V>`,
   * `Set<C>`, `Promise<C>`), not to a type of that name the file declares (`type Map<K, V> = …`):
   * that one holds what its own declaration says.
   */
  const globalTypeArguments = (type: TSESTree.TypeNode, names: ReadonlySet<string>): TSESTree.TypeNode[] | undefined =>
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    names.has(type.typeName.name) &&
    type.typeArguments &&
    !resolveName(sourceCode.getScope(type), type.typeName.name)?.defs.length
      ? type.typeArguments.params
      : undefined;
  /** The type arguments of `new Map<K, V>()` for the global `name`, not a class of the file so named. */
  const globalConstructionArguments = (node: TSESTree.Node, name: string): TSESTree.TypeNode[] | undefined =>
    isGlobalConstruction(node, name) && node.typeArguments ? node.typeArguments.params : undefined;
  /** `new Map(…)` of the global `Map`: no binding of the file is named so. */
  const isGlobalConstruction = (node: TSESTree.Node | null | undefined, name: string): node is TSESTree.NewExpression =>
    node?.type === AST_NODE_TYPES.NewExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === name &&
    !resolveName(sourceCode.getScope(node), name)?.defs.length;

  /**
   * `C` of `C[]`, `readonly C[]`, `Array<C>`, `ReadonlyArray<C>`, and unless `arraysOnly` of
   * `Set<C>`, `ReadonlySet<C>`: a set iterates, and `forEach`es, its elements as an array does,
   * but has no `set[0]`, `find` or `at`.
   */
  const arrayElementType = (type: TSESTree.TypeNode, arraysOnly: boolean): TrackedClass | undefined => {
    const element = elementTypeIn(type, arraysOnly);
    return element && classOf(element);
  };
  /**
   * Element `index` of a tuple type (`[Agent, string]`, `readonly [agent: Agent, name: string]`),
   * before any optional or rest element.
   */
  const tupleElementType = (type: TSESTree.TypeNode | undefined, index: number): TSESTree.TypeNode | undefined => {
    if (type?.type === AST_NODE_TYPES.TSTypeOperator && type.operator === 'readonly') return tupleElementType(type.typeAnnotation, index);
    if (type?.type !== AST_NODE_TYPES.TSTupleType || index < 0) return undefined;
    for (const [position, element] of type.elementTypes.entries()) {
      if (element.type === AST_NODE_TYPES.TSRestType || element.type === AST_NODE_TYPES.TSOptionalType) return undefined;
      if (element.type === AST_NODE_TYPES.TSNamedTupleMember && element.optional) return undefined;
      if (position === index) return element.type === AST_NODE_TYPES.TSNamedTupleMember ? element.elementType : element;
    }
    return undefined;
  };
  /** Element `index` of the tuples a collection declared `[Agent, string][]` holds. */
  const tupleElementOfCollection = (collection: TSESTree.Node, index: number): TrackedClass | undefined => {
    const annotation = declarationOf(collection)?.annotation;
    const element = tupleElementType(annotation && elementTypeIn(annotation, false), index);
    return element && !holdsForcedElements(collection, declarationOf(collection)?.init) ? classOf(element) : undefined;
  };

  /** The element type written in a collection type (`Session` of `Session[]`), as `arrayElementType` reads it. */
  const elementTypeIn = (type: TSESTree.TypeNode, arraysOnly: boolean): TSESTree.TypeNode | undefined => {
    if (type.type === AST_NODE_TYPES.TSArrayType) return type.elementType;
    if (type.type === AST_NODE_TYPES.TSTypeOperator && type.operator === 'readonly' && type.typeAnnotation) {
      return elementTypeIn(type.typeAnnotation, arraysOnly);
    }
    const typeArguments = globalTypeArguments(type, arraysOnly ? arrayTypes : iterableTypes);
    return typeArguments?.length === 1 ? typeArguments[0] : undefined;
  };

  const mapValueOf = (node: TSESTree.Node): TrackedClass | undefined =>
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticKeyName(node.callee.property, node.callee.computed) === 'get'
      ? mapValueClassOf(node.callee.object)
      : undefined;

  /** The class of the values of a map: `sessions` for `sessions: Map<string, Session>` or `const sessions = new Map<string, Session>()`. */
  const mapValueClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    const value = mapValueTypeOf(node);
    return value ? classOf(value) : entriesValueClassOf(node);
  };
  /**
   * `const byName = new Map([['a', new Session()], ['b', new Session()]])`: a map whose type is
   * inferred from an entries literal holds what every entry's value makes, while the file sets
   * nothing else in it (`byName.set('c', stub)`).
   */
  const entriesSeen = new Set<TSESTree.Node>();
  const entriesValueClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    const declared = declarationOf(node);
    const init = declared?.constant && !declared.annotation ? declared.init : undefined;
    if (!isGlobalConstruction(init, 'Map') || init.typeArguments || entriesSeen.has(init)) return undefined;
    const [entries] = init.arguments;
    if (init.arguments.length !== 1 || entries?.type !== AST_NODE_TYPES.ArrayExpression || entries.elements.length === 0) return undefined;
    entriesSeen.add(init);
    try {
      const classes = entries.elements.map((entry) =>
        entry?.type === AST_NODE_TYPES.ArrayExpression && entry.elements.length === 2 && entry.elements[1] && entry.elements[1].type !== AST_NODE_TYPES.SpreadElement
          ? instanceOf(entry.elements[1])
          : undefined,
      );
      const made = sameClassOfAll(classes);
      const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
      if (!made) {
        // `[['live', new Agent(…)], ['offline', stub as never]]`: an instance under some keys only.
        const some = classes.find((one) => one !== undefined);
        if (some && variable && classes.every((one) => !one || sameClass(one, some))) maybeCollections.set(variable, some);
        return undefined;
      }
      // Set with something else, handed on, aliased, exported or written through a wrapper
      // (`byName.set(k, stub)`, `fill(byName)`, `m.set.call(m, k, stub)`): its values may be either.
      if (variable && !isOnlyReadAsCollection(variable, made)) {
        maybeCollections.set(variable, made);
        return undefined;
      }
      return made;
    } finally {
      entriesSeen.delete(init);
    }
  };
  /**
   * The value type a map is declared with: `V` of `m: Map<K, V>` or `const m = new Map<K, V>()`,
   * and of a `WeakMap<K, V>` (a cache keyed by objects), whose `get` reads the same way.
   */
  const mapValueTypeOf = (node: TSESTree.Node): TSESTree.TypeNode | undefined => {
    const declared = declarationOf(node);
    if (!declared) return undefined;
    const { annotation, init } = declared;
    const typeArguments = annotation
      ? globalTypeArguments(annotation, mapTypes)
      : init && (globalConstructionArguments(init, 'Map') ?? globalConstructionArguments(init, 'WeakMap'));
    // Forced values put in are looked for only in a map (the question walks the file's member writes).
    return typeArguments?.length === 2 && !holdsForcedElements(node, init) ? typeArguments[1] : undefined;
  };

  /** What an expression makes or returns: `new C(…)`, `C.load(…)`, a function declared to return `C`, a `Map<K, C>`'s `get`. */
  const producedBy = (node: TSESTree.Node): TrackedClass | undefined => {
    // `sessions.get(id)!`, `make() as Session`: what the expression under the type wrapper makes
    // (an assertion says it).
    if (isTypeWrapper(node)) {
      if (isForcedCast(node) || isAssertionFromAny(node)) return undefined;
      const asserted = node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion ? classOf(node.typeAnnotation) : undefined;
      return asserted ?? producedBy(node.expression) ?? (node.type === AST_NODE_TYPES.TSSatisfiesExpression ? satisfiedClassOf(node) : undefined);
    }
    // `fast ? new Session(a) : new Session(b)`, `existing ?? new Session()`: both sides hold the same class.
    if (node.type === AST_NODE_TYPES.ConditionalExpression || (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '??' || node.operator === '||'))) {
      const [a, b] = node.type === AST_NODE_TYPES.ConditionalExpression ? [node.consequent, node.alternate] : [node.left, node.right];
      // `cond ? new Session() : null`: an instance or nothing, as `Session | null` is.
      if (isNothing(b)) return instanceOf(a);
      if (isNothing(a) && node.type === AST_NODE_TYPES.ConditionalExpression) return instanceOf(b);
      const made = instanceOf(a);
      return made && sameClass(instanceOf(b), made) ? made : undefined;
    }
    // `(current = new Session())`: what is assigned; `(this.cached ??= new Session())`: the target's
    // value or what is assigned, when both hold the same class.
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      if (node.operator === '=') return instanceOf(node.right);
      if (node.operator !== '??=' && node.operator !== '||=') return undefined;
      const made = instanceOf(node.right);
      return made && sameClass(instanceOf(node.left), made) ? made : undefined;
    }
    // `await p` for `p: Promise<Session>` (a call is returnedBy's).
    if (node.type === AST_NODE_TYPES.AwaitExpression && node.argument.type !== AST_NODE_TYPES.CallExpression) return promisedClassOf(node.argument);
    return creationOf(node) ?? returnedBy(node) ?? mapValueOf(node) ?? elementPickedBy(node);
  };

  /** `null`, `undefined` (the global), `void 0`: a value no member can be read off. */
  const isNothing = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node) && !('bigint' in node)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined' && !resolveName(sourceCode.getScope(node), 'undefined')?.defs.length) ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void');

  /** `team.find(…)`, `team.findLast(…)`, `team.at(i)`: an element of an array of instances (or undefined, as `team[i]` may be). */
  const elementPickedBy = (node: TSESTree.Node): TrackedClass | undefined => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticKeyName(node.callee.property, node.callee.computed);
    const [callback] = node.arguments;
    const collection = node.callee.object;
    if (method === 'find') return narrowedOr(predicateNarrowing(callback), () => elementClassOf(collection, 'searched'));
    if (method === 'findLast') return narrowedOr(predicateNarrowing(callback), () => elementClassOf(collection, 'indexed'));
    // `team.reduce((best, s) => …)` with no initial value: an element, or what the callback returns (see `reducedElementOf`).
    if ((method === 'reduce' || method === 'reduceRight') && callback && isFunction(callback)) return reducedElementOf(callback, 0);
    return method === 'at' ? elementClassOf(collection, 'indexed') : undefined;
  };

  /**
   * What parameter `position` of a `reduce` callback over an array of instances holds: the second
   * (the current element) always, the first (the accumulator) and what the call returns only when
   * there is no initial value. Then the accumulator starts as an element and TypeScript holds the
   * callback to returning one, unless it returns a value forced past that check.
   */
  const reducedElementOf = (callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, position: number): TrackedClass | undefined => {
    const call = callback.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== callback || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticKeyName(call.callee.property, call.callee.computed);
    if ((method !== 'reduce' && method !== 'reduceRight') || position > 1) return undefined;
    if (position === 0 && (call.arguments.length !== 1 || returnsForced(callback))) return undefined;
    // An iterator has `reduce` too (ES2025), a set has neither.
    return elementClassOf(call.callee.object, method === 'reduce' ? 'searched' : 'indexed');
  };

  /**
   * The class a promise resolves to: a call of a function of this file declared to return
   * `Promise<Session>` (or an async arrow that makes one), a value declared `Promise<Session>`
   * (`p: Promise<Session>`, a field or property so typed), or a `const` with no annotation given one.
   */
  const promising = new Set<TSESTree.Node>(); // `const a = b, b = a` ends

  /** The argument of `Promise.resolve(x)`, for the global `Promise`. */
  const globalPromiseResolve = (call: TSESTree.CallExpression): TSESTree.Node | undefined => {
    const { callee } = call;
    const [argument] = call.arguments;
    return callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Promise' &&
      staticKeyName(callee.property, callee.computed) === 'resolve' &&
      argument?.type !== AST_NODE_TYPES.SpreadElement &&
      !resolveName(sourceCode.getScope(callee.object), 'Promise')?.defs.length
      ? argument
      : undefined;
  };
  /** `C` of `Promise<C>`: the global `Promise`, not a type of that name the file declares. */
  const promisedType = (type: TSESTree.TypeNode): TSESTree.TypeNode | undefined => {
    const typeArguments = globalTypeArguments(type, promiseTypes);
    return typeArguments?.length === 1 ? typeArguments[0] : undefined;
  };
  /**
   * Whether a binding declared `Promise<C>` is given a forced value: `q = stub as never`,
   * `Promise.resolve(stub as never)` (a `Promise<never>`), or a forced argument for a parameter.
   */
  const promiseGivenForced = (node: TSESTree.Node): boolean => {
    const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
    if (!variable) return false;
    const forced = (value: TSESTree.Node): boolean => {
      if (isForcedWrite(value)) return true;
      // `Promise.resolve(stub as never)`.
      const argument = value.type === AST_NODE_TYPES.CallExpression ? globalPromiseResolve(value) : undefined;
      return !!argument && isForcedWrite(argument);
    };
    return variable.references.some((reference) => !!reference.writeExpr && forced(reference.writeExpr)) || variable.defs.some(parameterGivenForced);
  };
  const promisedClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    if (node.type === AST_NODE_TYPES.CallExpression) return callReturns(node, true);
    const declared = declaredTypeOf(node);
    if (declared) {
      const promised = promisedType(declared);
      return promised && !promiseGivenForced(node) ? classOf(promised) : undefined;
    }
    const bound = node.type === AST_NODE_TYPES.Identifier ? declarationOf(node) : undefined;
    if (!bound?.constant || !bound.init || promising.has(node)) return undefined;
    promising.add(node);
    const promised = promisedClassOf(bound.init);
    promising.delete(node);
    return promised;
  };

  /**
   * The class of what a callback's first parameter holds: an element for an array method of an
   * array of instances (`team.map((s) => …)`), a value for a map's `forEach` (`byName.forEach((s) => …)`,
   * whose callback gets the value first), what a promise resolves to for its `then`.
   */
  const callbackParameterOf = (callback: TSESTree.Node): TrackedClass | undefined => {
    const call = callback.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== callback || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticKeyName(call.callee.property, call.callee.computed);
    const object = call.callee.object;
    if (method === 'then') return promisedClassOf(object);
    if (method === undefined || !arrayCallbackMethods.has(method)) return undefined;
    // A set has `forEach` and none of the other array methods; an iterator (`byId.values()`) has them all (ES2025).
    return method === 'forEach' ? (elementClassOf(object) ?? mapValueClassOf(object)) : elementClassOf(object, 'searched');
  };

  /**
   * The class a function's parameter `index` gets from the function type its context gives it: the
   * annotation of the `const` it initialises, the parameter of a function of this file it is
   * passed to, or the property it is the value of in an object literal that an annotated `const`
   * (or `satisfies`) types (`const commands: Record<string, Command> = { ask: (s) => … }`), as a
   * function type or a type alias of one in this file.
   */
  const contextualParameterOf = (fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, param: TSESTree.Parameter): TrackedClass | undefined => {
    const type = contextualParameterTypeOf(fn, param);
    const tracked = type && classOf(type);
    // `l(stub as never)` for `const l: Listener = (a) => …`: not provably one.
    return tracked && !contextGivesForced(fn, withoutThis(fn.params).indexOf(param)) ? tracked : undefined;
  };
  /** The type the function type of its context (see `contextualParameterOf`) gives a function's parameter. */
  const contextualParameterTypeOf = (fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, param: TSESTree.Parameter): TSESTree.TypeNode | undefined => {
    // A `this` parameter is no parameter of the call: `(this: Agent, reply: Fake) => void`.
    const index = withoutThis(fn.params).indexOf(param);
    if (index < 0) return undefined;
    const parent = fn.parent;
    let contextual: TSESTree.TypeNode | undefined;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
      contextual = parent.id.typeAnnotation?.typeAnnotation;
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== fn) {
      const position = parent.arguments.indexOf(fn);
      const called = position >= 0 ? calledFunction(parent) : undefined;
      const param = called?.params[position];
      contextual = param?.type === AST_NODE_TYPES.Identifier ? param.typeAnnotation?.typeAnnotation : undefined;
      // `bus.on('message', (s, text) => …)` for `on<K extends keyof Events>(event: K, handler: Events[K])`.
      if (contextual?.type === AST_NODE_TYPES.TSIndexedAccessType && called) contextual = indexedTypeAt(contextual, called, parent);
    } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && parent.kind === 'init' && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      const key = staticKeyName(parent.key, parent.computed);
      const objectType = key === undefined ? undefined : contextualObjectTypeOf(parent.parent);
      contextual = objectType && key !== undefined ? propertyTypeIn(objectType, key) : undefined;
    }
    const functionType = functionTypeOf(contextual);
    const typed = functionType && withoutThis(functionType.params)[index];
    return typed && (typed.type === AST_NODE_TYPES.Identifier || typed.type === AST_NODE_TYPES.ObjectPattern) ? typed.typeAnnotation?.typeAnnotation : undefined;
  };
  /**
   * What an indexed access type in a called function's signature is at a call: `Events['message']`,
   * and `Events[K]` for a type parameter `K` of the function that a parameter `event: K` takes from
   * the call's string argument (`on('message', …)` makes `K` `'message'`).
   */
  const indexedTypeAt = (
    type: TSESTree.TSIndexedAccessType,
    called: { params: TSESTree.Parameter[]; typeParameters?: TSESTree.TSTypeParameterDeclaration | undefined },
    call: TSESTree.CallExpression,
  ): TSESTree.TypeNode | undefined => {
    const index = type.indexType;
    let key: string | undefined;
    if (index.type === AST_NODE_TYPES.TSLiteralType && index.literal.type === AST_NODE_TYPES.Literal && typeof index.literal.value === 'string') key = index.literal.value;
    else if (index.type === AST_NODE_TYPES.TSTypeReference && index.typeName.type === AST_NODE_TYPES.Identifier && !index.typeArguments) {
      const name = index.typeName.name;
      if (!called.typeParameters?.params.some((parameter) => parameter.name.name === name)) return undefined;
      const params = withoutThis(called.params);
      // `K` from the parameter typed `K`; several (`pair<K>(a: K, b: K, h: Events[K])`) may make it a union, and anything else names it another way.
      const mentions = params.filter((parameter) => {
        const typed = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
        const annotation = 'typeAnnotation' in typed ? typed.typeAnnotation?.typeAnnotation : undefined;
        return !!annotation && annotation !== type && mentionsTypeName(annotation, name) && annotation.type !== AST_NODE_TYPES.TSIndexedAccessType;
      });
      const position = params.findIndex((parameter) => {
        const annotation = parameter.type === AST_NODE_TYPES.Identifier ? parameter.typeAnnotation?.typeAnnotation : undefined;
        return annotation?.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier && annotation.typeName.name === name;
      });
      key = position >= 0 && mentions.length === 1 && call.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement) ? staticString(call.arguments[position]) : undefined;
    }
    return key === undefined ? undefined : typePropertyTypeOf(type.objectType, key);
  };
  /** The type an annotated `const` (`const commands: Commands = { … }`) or a `satisfies` gives the object literal it holds. */
  const contextualObjectTypeOf = (object: TSESTree.ObjectExpression): TSESTree.TypeNode | undefined => {
    const parent = object.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === object && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.typeAnnotation?.typeAnnotation;
    return parent?.type === AST_NODE_TYPES.TSSatisfiesExpression && parent.expression === object ? parent.typeAnnotation : undefined;
  };
  /** The type of property `key` of an object type: `V` of the global `Record<K, V>`, or a property of an inline type or an interface of this file. */
  const propertyTypeIn = (type: TSESTree.TypeNode, key: string): TSESTree.TypeNode | undefined => {
    const record = globalTypeArguments(type, recordTypes);
    return record ? (record.length === 2 ? record[1] : undefined) : typePropertyTypeOf(type, key);
  };
  /**
   * Whether what a function is held in is called with a forced argument `index`: `l(stub as
   * never)` for the `const l` it initialises, `cb(stub as never)` in the function of the file it
   * is passed to as `cb`. TypeScript checks no such argument against the parameter's type.
   */
  const contextGivesForced = (fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, index: number): boolean => {
    const parent = fn.parent;
    const holders = parent?.type === AST_NODE_TYPES.CallExpression ? parameterVariablesOf(calledFunction(parent), parent.arguments.indexOf(fn)) : calledThrough(fn);
    // `mw({ agent: stub as any })`, `const c = { agent: stub as any }; mw(c)` for `({ agent }) => …`: a
    // property the context types is given a forced value just as well; and `(mw as any)(stub)` calls it unchecked.
    const seen = new Set<TSESTree.Node>();
    const forcedWithin = (value: TSESTree.Node): boolean => {
      if (seen.has(value)) return false;
      seen.add(value);
      if (isForcedWrite(value)) return true;
      if (value.type === AST_NODE_TYPES.ObjectExpression) {
        return value.properties.some((property) => forcedWithin(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
      }
      const declared = value.type === AST_NODE_TYPES.Identifier ? declarationOf(value) : undefined;
      return !!declared?.init && declared.init.type === AST_NODE_TYPES.ObjectExpression && forcedWithin(declared.init);
    };
    return holders.some(
      (holder) =>
        givesArgument(callsThrough(holder), index, forcedWithin, false) ||
        holder.references.some(({ identifier }) => {
          const wrapper = identifier.parent;
          return !!wrapper && isTypeWrapper(wrapper) && wrapper.parent?.type === AST_NODE_TYPES.CallExpression && wrapper.parent.callee === wrapper;
        }),
    );
  };

  /**
   * Whether a parameter annotated with the class is given a value TypeScript did not check against
   * it by a call of the file: `use(stub as never)` for `function use(a: Agent)`, `bot.ask(stub as
   * any)` for a method `ask(a: Agent)` (by the method's name, whatever the object), `new Bot(stub
   * as never)` for its constructor.
   */
  const parameterGivenForced = (def: TSESLint.Scope.Definition): boolean => parameterGiven(def, isForcedWrite);
  /**
   * Whether a call of the file gives a parameter a value `unlike` says: `(value) => isForcedWrite(value)`
   * for an annotated one; for one that takes the class from its default (`(agent = new Agent(…))`),
   * anything but that class or `undefined` (`f(stub)` in JS). A value no analysis sees (a spread) is
   * `unlike` for a default, and for the forced question only when what is spread is forced.
   */
  const parameterGiven = (def: TSESLint.Scope.Definition, unlike: (value: TSESTree.Node) => boolean, unseen = false): boolean => {
    if (def.type !== 'Parameter' || !isFunctionLike(def.node)) return false;
    const fn = def.node;
    let param: TSESTree.Node = def.name;
    while (param.parent && param.parent !== fn && (param.parent.type === AST_NODE_TYPES.AssignmentPattern || param.parent.type === AST_NODE_TYPES.TSParameterProperty)) param = param.parent;
    const index = withoutThis(fn.params).indexOf(param as TSESTree.Parameter);
    if (index < 0) return false;
    const method = fn.parent?.type === AST_NODE_TYPES.MethodDefinition && fn.parent.value === fn ? fn.parent : undefined;
    if (method?.kind === 'constructor') {
      const calls = sourceCode
        .getDeclaredVariables(method.parent.parent)
        .flatMap((variable) => variable.references.map((reference) => reference.identifier))
        .flatMap((name) => (name.parent?.type === AST_NODE_TYPES.NewExpression && name.parent.callee === name ? [name.parent] : []));
      return givesArgument(calls, index, unlike, unseen);
    }
    if (method) {
      const name = memberKey(method.key, method.computed);
      if (name === undefined) return true;
      // A setter's parameter is what `x.agent = value` writes (by the setter's name, whatever `x`).
      if (method.kind === 'set') {
        memberWrites ??= collectMemberWrites(sourceCode.ast, sourceCode.visitorKeys);
        return [...memberWrites, ...thisWritesOf(method.parent).instance].some((write) => write.name === name && (!!write.unchecked || (write.value ? unlike(write.value) : unseen)));
      }
      return givesArgument(memberCallsNamed(name), index, unlike, unseen);
    }
    return calledThrough(fn).some((holder) => givesArgument(callsThrough(holder), index, unlike, unseen));
  };
  /** The variables a function is called through by name: its declaration's, or the `const` it initialises. */
  const calledThrough = (fn: TSESTree.Node): readonly Variable[] => {
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs.some((def) => def.type === 'FunctionName'));
    const declarator = fn.parent;
    return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier ? sourceCode.getDeclaredVariables(declarator) : [];
  };
  /** The variable of parameter `position` of a function of the file (`cb` of `function on(cb: Listener)`). */
  const parameterVariablesOf = (fn: TSESTree.Node | undefined, position: number): readonly Variable[] => {
    const param = fn && isFunctionLike(fn) && position >= 0 ? fn.params[position] : undefined;
    return param?.type === AST_NODE_TYPES.Identifier ? sourceCode.getDeclaredVariables(fn!).filter((variable) => variable.defs.some((def) => def.name === param)) : [];
  };
  /**
   * The argument lists a variable's value is called with: `l(…)`, `cb?.(…)`, and `l.call(self, …)`,
   * `l.apply(self, [...])` (an array that is not a literal is spread in whole).
   */
  const callsThrough = (variable: Variable): ArgumentList[] =>
    variable.references.flatMap(({ identifier }): ArgumentList[] => {
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) return [parent];
      const method = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier ? staticKeyName(parent.property, parent.computed) : undefined;
      const call = parent?.parent;
      if ((method !== 'call' && method !== 'apply') || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return [];
      if (method === 'call') return [{ arguments: call.arguments.slice(1) }];
      const array = call.arguments[1];
      if (!array) return [];
      if (array.type === AST_NODE_TYPES.ArrayExpression) return [{ arguments: array.elements.filter((element) => element !== null) }];
      return [{ arguments: [], whole: array.type === AST_NODE_TYPES.SpreadElement ? array.argument : array }];
    });
  /** The calls of the file of a member of that name (`x.ask(…)`, `this.ask(…)`), collected once. */
  let memberCalls: Map<string, TSESTree.CallExpression[]> | undefined;
  const memberCallsNamed = (name: string): TSESTree.CallExpression[] => {
    if (!memberCalls) {
      const found = new Map<string, TSESTree.CallExpression[]>();
      const visit = (node: TSESTree.Node): void => {
        if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
          const called = memberKey(node.callee.property, node.callee.computed);
          if (called !== undefined) {
            const calls = found.get(called);
            if (calls) calls.push(node);
            else found.set(called, [node]);
          }
        }
        forEachChild(node, visit, sourceCode.visitorKeys);
      };
      visit(sourceCode.ast);
      memberCalls = found;
    }
    return memberCalls.get(name) ?? [];
  };
  /** Whether one of `calls` gives argument `index` a value `unlike` says, or spreads one before it (`unseen` for a spread no analysis reads). */
  const givesArgument = (calls: readonly ArgumentList[], index: number, unlike: (value: TSESTree.Node) => boolean, unseen: boolean): boolean =>
    calls.some(
      (call) =>
        (!!call.whole && (unseen || unlike(call.whole))) ||
        call.arguments
          .slice(0, index + 1)
          .some((argument, position) => (argument.type === AST_NODE_TYPES.SpreadElement ? unseen || unlike(argument.argument) : position === index && unlike(argument))),
    );
  /** A function type as written, or through a type alias of this file (`type Listener = (a: Agent) => void`). */
  const functionTypeOf = (type: TSESTree.TypeNode | undefined, depth = 0): TSESTree.TSFunctionType | undefined => {
    if (!type || depth > 8) return undefined;
    if (type.type === AST_NODE_TYPES.TSFunctionType) return type;
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeArguments) return undefined;
    const alias = onlyDefinitionOf(type.typeName)?.node;
    return alias?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? functionTypeOf(alias.typeAnnotation, depth + 1) : undefined;
  };

  /**
   * The class of the values of the `[key, value]` entries an expression iterates: a map
   * (`for (const [, s] of byName)`), its `entries()`, and an array's `entries()` (`[index, element]`).
   */
  const entryValueClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    const objectRead = objectFunctionArgument(node, 'entries');
    if (objectRead) return recordValueClassOf(objectRead);
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.arguments.length === 0 &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      staticKeyName(node.callee.property, node.callee.computed) === 'entries'
    ) {
      return mapValueClassOf(node.callee.object) ?? elementClassOf(node.callee.object);
    }
    return mapValueClassOf(node);
  };

  /**
   * `x satisfies Session`: TypeScript checked that the value is one, and it is the value itself (as
   * `x as Session` is taken at its word). Not when it is an object literal, a structural stand-in
   * that is provably not the class, nor a value forced past the check (`stub as any satisfies Session`).
   */
  const satisfiedClassOf = (node: TSESTree.TSSatisfiesExpression): TrackedClass | undefined => {
    let value: TSESTree.Node = node.expression;
    while (value.type === AST_NODE_TYPES.TSNonNullExpression) value = value.expression;
    // With type information, also a value typed any (`JSON.parse(s) satisfies Agent`) or under `// @ts-expect-error`.
    return value.type === AST_NODE_TYPES.ObjectExpression || isForcedWrite(value) ? undefined : classOf(node.typeAnnotation);
  };

  const variableClass = (variable: Variable): TrackedClass | undefined => {
    const cached = variableCache.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    variableCache.set(variable, null); // cycles resolve to "not an instance"
    let found: TrackedClass | undefined;
    let fromAnnotation = false;
    for (const def of variable.defs) {
      const annotated = 'typeAnnotation' in def.name ? def.name.typeAnnotation : undefined;
      if (annotated) {
        // The annotation decides: `s: Session | Fake = new Session()` may hold a fake.
        if (!found) {
          found = classOf(annotated);
          fromAnnotation = !!found;
        }
        continue;
      }
      // A parameter with a default: `(session = new Session())`.
      const parent = def.name.parent;
      // `({ session }: Deps)`: a property of a pattern annotated with an interface of this file.
      const pattern = parent?.type === AST_NODE_TYPES.Property && parent.value === def.name ? parent.parent : undefined;
      const key = parent?.type === AST_NODE_TYPES.Property ? staticKeyName(parent.key, parent.computed) : undefined;
      if (pattern?.type === AST_NODE_TYPES.ObjectPattern && key !== undefined) {
        // `const { a }: { a: Agent } = { a: fake as never }`: the annotation does not vouch for a forced value.
        const given = pattern.parent?.type === AST_NODE_TYPES.VariableDeclarator && pattern.parent.id === pattern ? pattern.parent.init : undefined;
        if (found === undefined) {
          const declared = interfacePropertyOf(pattern.typeAnnotation?.typeAnnotation, key);
          if (declared && (!given || !isForcedWrite(given))) found = declared;
        }
        // `use(({ agent }) => …)` for `use(mw: (c: { agent: Agent }) => void)`: the type its context gives the pattern.
        if (found === undefined && !pattern.typeAnnotation && def.type === 'Parameter' && isFunction(def.node) && def.node.params.includes(pattern)) {
          const contextual = contextGivesForced(def.node, withoutThis(def.node.params).indexOf(pattern)) ? undefined : contextualParameterTypeOf(def.node, pattern);
          const property = contextual && typePropertyTypeOf(contextual, key);
          found = property && classOf(property);
        }
        // `const { session } = this` (or `= deps`): what `this.session` (`deps.session`) holds.
        const declarator = pattern.parent;
        if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === pattern && declarator.init) found ??= propertyClassOf(declarator.init, key);
      }
      if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === def.name && !found) {
        const made = creationOf(parent.right);
        // `function ask(agent = new Agent(…))` called `ask(stub)`: the default is not what it holds then.
        const isUndefined = (value: TSESTree.Node): boolean => value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined';
        if (made && !parameterGiven(def, (value) => !isUndefined(value) && !sameClass(instanceOf(value), made), true)) found = made;
      }
      if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name && def.node.init) {
        // `new Session(…)`, and what another instance expression holds (`const b = a`, `const s = this.session`).
        found ??= instanceOf(def.node.init);
      }
      // `for (const s of sessions)` over an array of instances.
      const loop = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.parent?.parent : undefined;
      if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent && !loop.await) found ??= elementClassOf(loop.right);
      // `const [head] = team` (any element, not a rest), and `for (const [, s] of byName)` (the value of an entry).
      const arrayPattern = def.name.parent?.type === AST_NODE_TYPES.ArrayPattern ? def.name.parent : undefined;
      if (arrayPattern && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === arrayPattern) {
        const entryLoop = def.parent?.parent;
        const position = arrayPattern.elements.indexOf(def.name as TSESTree.Identifier);
        if (def.node.init) {
          // `const [head] = pair` for `pair: readonly [Agent, string]`.
          const tuple = tupleElementType(declarationOf(def.node.init)?.annotation, position);
          found ??= elementAtClassOf(def.node.init, position) ?? (tuple && !holdsForcedElements(def.node.init, declarationOf(def.node.init)?.init) ? classOf(tuple) : undefined) ?? elementClassOf(def.node.init);
        } else if (entryLoop?.type === AST_NODE_TYPES.ForOfStatement && entryLoop.left === def.parent && !entryLoop.await) {
          // `for (const [s, persona] of panel)` for `panel: [Agent, string][]`; `for (const [, s] of byName)`.
          found ??= tupleElementOfCollection(entryLoop.right, position) ?? (position === 1 ? entryValueClassOf(entryLoop.right) : undefined);
        }
      }
      // `Object.entries(bots).map(([name, bot]) => …)`, `[...byName].forEach(([, s]) => …)`: the value of an entry.
      if (def.type === 'Parameter' && arrayPattern && isFunction(def.node) && def.node.params[0] === arrayPattern) {
        const position = arrayPattern.elements.indexOf(def.name as TSESTree.Identifier);
        const call = def.node.parent;
        const method = call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === def.node && call.callee.type === AST_NODE_TYPES.MemberExpression ? staticKeyName(call.callee.property, call.callee.computed) : undefined;
        if (method !== undefined && arrayCallbackMethods.has(method)) {
          // `panel.map(([s, persona]) => …)` for `panel: [Agent, string][]`.
          const collection = (call as TSESTree.CallExpression & { callee: TSESTree.MemberExpression }).callee.object;
          found ??= tupleElementOfCollection(collection, position) ?? (position === 1 ? entryValueClassOf(collection) : undefined);
        }
      }
      // `sessions.map((s) => s.id)`, `byName.forEach((s) => …)`, `p.then((s) => …)`: the first parameter of a callback.
      if (def.type === 'Parameter' && def.name.parent === def.node && isFunction(def.node) && def.node.params[0] === def.name) found ??= callbackParameterOf(def.node);
      // `team.reduce((best, s) => …)`: an element, and with no initial value the accumulator too.
      if (def.type === 'Parameter' && def.name.parent === def.node && isFunction(def.node)) found ??= reducedElementOf(def.node, withoutThis(def.node.params).indexOf(def.name as TSESTree.Parameter));
      // `const l: Listener = (a) => …`, `on((a) => …)` for `type Listener = (a: Agent) => void`: typed by its context.
      if (def.type === 'Parameter' && def.name.parent === def.node && isFunction(def.node)) found ??= contextualParameterOf(def.node, def.name as TSESTree.Parameter);
    }
    // `let session; … session = new Session(…)`: declared bare, and only ever assigned instances.
    const [onlyDef] = variable.defs;
    if (!found && variable.defs.length === 1 && onlyDef?.node.type === AST_NODE_TYPES.VariableDeclarator && onlyDef.node.id === onlyDef.name && !onlyDef.node.init) {
      const writes = variable.references.filter((r) => r.isWrite() && r.writeExpr);
      const classes = writes.map((r) => producedBy(r.writeExpr!));
      found = sameClassOfAll(classes) ?? found;
    }
    // A variable that is reassigned to something else is not provably an instance, unless its
    // annotation says it is (`session?: Session` with `session = session ?? fallback`).
    const tracked = fromAnnotation ? undefined : found;
    const candidate = found;
    // An annotation decides, but not for a value forced into it (`const b: Agent = fake as never`,
    // a test double): TypeScript did not check that one.
    if (fromAnnotation && (variable.references.some((r) => r.writeExpr && isForcedWrite(r.writeExpr)) || variable.defs.some(parameterGivenForced))) found = undefined;
    // A `var` declared again (`var s = new Session(); var s = {…}`) is reassigned by its second initialiser.
    const redeclared = variable.defs.length > 1;
    if (tracked && variable.references.some((r) => r.isWrite() && r.writeExpr && (!r.init || redeclared) && !sameClass(producedBy(r.writeExpr), tracked))) {
      found = undefined;
    }
    // `s.session = req.session`, `t.generate = async () => …`: a member of the class's API (a 1.x
    // name, or one of either version's own) written on the instance is the code's, not the
    // class's: a use rewritten through it (`s.session.messages`, `t.chat(…)`) would reach the
    // code's value instead. A person must look.
    if (found && !fromAnnotation && variable.references.some(({ identifier }) => writesApiMemberOf(identifier))) found = undefined;
    // It holds one on some paths, something else on others: not fixed, but a person must look. Not
    // when only an annotation names the class and every value given is forced (a test double).
    const madeSomewhere = (): boolean => variable.references.some((r) => !!r.writeExpr && madeBy(r.writeExpr, candidate!));
    if (candidate && !found && (!fromAnnotation || madeSomewhere())) maybeVariables.set(variable, candidate);
    // While a class's fields are being worked out, they read as none yet: a "not one" found then
    // may be one once they are known (`const s = this.session; this.backup = s`), so it is not kept.
    if (found || fieldsInProgress === 0) variableCache.set(variable, found ?? null);
    else variableCache.delete(variable);
    return found;
  };

  /**
   * The class of the elements of an array (what iterating it gives): a variable annotated `C[]`,
   * `readonly C[]`, `Array<C>` or `ReadonlyArray<C>`, a `const` initialised with an array literal
   * of instances or such a literal in place, and `values()` of such an array or of a `Map<K, C>`.
   * How the elements are reached decides what may hold them: iterated (`for…of`, a spread,
   * `forEach`), also a `Set<C>` and a `values()` iterator; searched (`find`, `map`, `filter`…), also
   * an iterator, whose ES2025 helpers take the same callbacks, but not a set; indexed (`team[0]`,
   * `at`, `findLast`), an array only.
   */
  const elementClassOf = (node: TSESTree.Node, reached: ElementAccess = 'iterated'): TrackedClass | undefined => bounded(() => elementClassOfUnbounded(node, reached));
  const elementClassOfUnbounded = (node: TSESTree.Node, reached: ElementAccess): TrackedClass | undefined => {
    // `[...byName.values()]`: an array literal in place.
    if (node.type === AST_NODE_TYPES.ArrayExpression) return literalElementClassOf(node);
    const madeArray = madeElementClassOf(node);
    if (madeArray) return madeArray;
    // `byName.values()`, `team.values()`: what iterating it gives.
    if (
      reached !== 'indexed' &&
      node.type === AST_NODE_TYPES.CallExpression &&
      node.arguments.length === 0 &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      staticKeyName(node.callee.property, node.callee.computed) === 'values'
    ) {
      return elementClassOf(node.callee.object) ?? mapValueClassOf(node.callee.object);
    }
    const declared = declarationOf(node);
    if (!declared) return undefined;
    // Forced elements put in are looked for only once the declaration says it holds instances
    // (the rarer answer; the question walks the file's member writes).
    const unforced = (found: TrackedClass | undefined): TrackedClass | undefined => (found && !holdsForcedElements(node, declared.init) ? found : undefined);
    if (declared.annotation) return unforced(arrayElementType(declared.annotation, reached !== 'iterated'));
    // `const active = new Set<Session>()`: iterating it gives its elements (no `active[0]`). Its
    // type is `Set<Session>` whatever is assigned later, as for `new Map<K, Session>()`.
    const setArguments = reached === 'iterated' && declared.init ? globalConstructionArguments(declared.init, 'Set') : undefined;
    if (setArguments?.length === 1) return unforced(classOf(setArguments[0]!));
    if (!declared.constant || !declared.init || declared.init.type === AST_NODE_TYPES.Identifier || elementsSeen.has(declared.init)) return undefined;
    // `const team = [new Session(), …]`, `const pool = models.map((m) => new Session(…))`.
    elementsSeen.add(declared.init);
    try {
      const made = elementClassOf(declared.init, reached);
      // Nothing checks what the file puts in it later (`team.push(stub)` in JS, `fill(team)` for
      // `fill(list: unknown[])`): only what it is made with, when every use reads it or adds the
      // class. Otherwise its elements may be either, and are reported (`maybeCollections`).
      const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
      if (!made || !variable || holdsForcedElements(node, declared.init)) return undefined;
      if (isOnlyReadAsCollection(variable, made)) return made;
      maybeCollections.set(variable, made);
      return undefined;
    } finally {
      elementsSeen.delete(declared.init);
    }
  };
  /**
   * What an element of a collection in `maybeCollections` may be, for the binding that takes one:
   * the first parameter of an array method's callback (`team.map((s) => …)`) or a `for…of` binding.
   */
  const maybeElementBinding = (variable: Variable): TrackedClass | undefined => {
    const [def] = variable.defs;
    if (variable.defs.length !== 1 || !def) return undefined;
    let collection: TSESTree.Node | undefined;
    if (def.type === 'Parameter' && isFunction(def.node) && def.node.params[0] === def.name) {
      const call = def.node.parent;
      const method = call?.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression ? staticKeyName(call.callee.property, call.callee.computed) : undefined;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === def.node && method !== undefined && arrayCallbackMethods.has(method)) collection = (call.callee as TSESTree.MemberExpression).object;
    } else if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name) {
      const loop = def.node.parent.parent;
      if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.node.parent) collection = loop.right;
    } else if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.name.parent?.type === AST_NODE_TYPES.ArrayPattern && def.node.id === def.name.parent) {
      // `for (const [, s] of byName)`, `for (const [, s] of byName.entries())`: the value of a map's entry.
      const loop = def.node.parent.parent;
      const entries = loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.node.parent && !def.node.init ? (calledMethodOf(loop.right, 'entries') ?? loop.right) : undefined;
      if (entries && def.name.parent.elements.indexOf(def.name as TSESTree.Identifier) === 1 && isDeclaredMap(entries)) return maybeCollectionOf(entries);
    }
    return collection && maybeCollectionOf(collection);
  };
  /** Whether a binding is declared a map: annotated `Map<K, V>`, or made with the global `new Map(…)`. */
  const isDeclaredMap = (node: TSESTree.Node): boolean => {
    const declared = declarationOf(node);
    if (!declared) return false;
    return declared.annotation ? !!globalTypeArguments(declared.annotation, mapTypes) : isGlobalConstruction(declared.init, 'Map');
  };
  const maybeCollectionOf = (node: TSESTree.Node): TrackedClass | undefined => {
    // `for (const s of byName.values())`: what the map holds.
    const collection = calledMethodOf(node, 'values') ?? node;
    const variable = collection.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(collection), collection.name) : undefined;
    return variable && maybeCollections.get(variable);
  };
  /** `x` of `x.name(…)`. */
  const calledMethodOf = (node: TSESTree.Node, name: string): TSESTree.Node | undefined =>
    node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && staticKeyName(node.callee.property, node.callee.computed) === name
      ? node.callee.object
      : undefined;
  /**
   * Whether every use of an array's or a map's binding reads it (`team[0]`, `team.map(…)`, `for…of`,
   * a spread, a pattern) or puts the class in (`team.push(new Agent(…))`, `team[i] = new Agent(…)`,
   * `byName.set(k, new Agent(…))`, `team.push(...team)`):
   * handed anywhere else (an alias, a function, `Object.assign`), or given anything else, its
   * elements may be anything.
   */
  const isOnlyReadAsCollection = (variable: Variable, tracked: TrackedClass): boolean =>
    variable.references.every((reference) => {
      if (reference.init) return true;
      const use = reference.identifier;
      const parent = use.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
        if (isWrittenThroughWrapper(parent)) return false;
        if (isWritten(parent)) {
          const assignment = parent.parent;
          return assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && sameClass(instanceOf(assignment.right), tracked);
        }
        const method = staticKeyName(parent.property, parent.computed);
        const call = parent.parent;
        if (method === undefined || !collectionAdders.has(method)) return true;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
        // `splice(start, count, …added)`, `fill(value, start, end)`.
        const added = method === 'splice' ? call.arguments.slice(2) : method === 'fill' ? call.arguments.slice(0, 1) : method === 'set' ? call.arguments.slice(1, 2) : call.arguments;
        // `team.push(...team)`: its own elements again.
        const own = (argument: TSESTree.Node): boolean =>
          argument.type === AST_NODE_TYPES.SpreadElement && argument.argument.type === AST_NODE_TYPES.Identifier && resolveName(sourceCode.getScope(argument.argument), argument.argument.name) === variable;
        return added.every((argument) => own(argument) || (argument.type !== AST_NODE_TYPES.SpreadElement && sameClass(instanceOf(argument), tracked)));
      }
      if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === use) return true;
      if (parent?.type === AST_NODE_TYPES.SpreadElement || parent?.type === AST_NODE_TYPES.TSTypeQuery) return true;
      // `const [head] = team`.
      return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use && parent.id.type === AST_NODE_TYPES.ArrayPattern;
    });
  const elementsSeen = new Set<TSESTree.Node>(); // `const a = b.filter(f), b = a.filter(f)` ends

  /**
   * What a type predicate narrows `filter`/`find` to (`(a): a is Traced => …`): the type it names
   * decides, and a subclass the syntax does not know is not provably the class (its own
   * `generate` is not `chat`). Not a predicate: undefined, and the elements are the collection's.
   */
  const narrowedOr = (narrowed: TrackedClass | null | undefined, elements: () => TrackedClass | undefined): TrackedClass | undefined =>
    narrowed === undefined ? elements() : (narrowed ?? undefined);
  const predicateNarrowing = (callback: TSESTree.Node | undefined): TrackedClass | null | undefined => {
    if (!callback || !isFunction(callback)) return undefined;
    const predicate = callback.returnType?.typeAnnotation;
    if (predicate?.type !== AST_NODE_TYPES.TSTypePredicate || !predicate.typeAnnotation) return undefined;
    return classOf(predicate.typeAnnotation.typeAnnotation) ?? null;
  };

  /** `[open(), open()]` of `await Promise.all([open(), open()])` (the global Promise). */
  const promiseAllOf = (node: TSESTree.Node): TSESTree.ArrayExpression | undefined => {
    const call = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : undefined;
    return call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee.type === AST_NODE_TYPES.MemberExpression &&
      call.callee.object.type === AST_NODE_TYPES.Identifier &&
      call.callee.object.name === 'Promise' &&
      !resolveName(sourceCode.getScope(call), 'Promise')?.defs.length &&
      staticKeyName(call.callee.property, call.callee.computed) === 'all' &&
      call.arguments[0]?.type === AST_NODE_TYPES.ArrayExpression
      ? call.arguments[0]
      : undefined;
  };
  /** What awaiting a value gives: what its promise resolves to, or the value itself. */
  const awaitedClassOf = (node: TSESTree.Node): TrackedClass | undefined => promisedClassOf(node) ?? instanceOf(node);

  /**
   * Element `index` of an array literal, or of what `await Promise.all([…])` of one gives, for an
   * array pattern (`const [a, b] = await Promise.all([open(), load()])`): each takes its own.
   */
  const elementAtClassOf = (node: TSESTree.Node, index: number): TrackedClass | undefined => {
    const all = promiseAllOf(node);
    const array = all ?? (node.type === AST_NODE_TYPES.ArrayExpression ? node : undefined);
    if (!array || index < 0 || array.elements.slice(0, index + 1).some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return undefined;
    const element = array.elements[index];
    if (!element) return undefined;
    return all ? awaitedClassOf(element) : instanceOf(element);
  };

  /**
   * The elements of an array an expression makes: `models.map((m) => new Session(m))` (what its
   * callback returns), `team.filter(…)`, `team.slice(…)` and the like (the elements of `team`),
   * and `await Promise.all([open(), open()])` (what awaiting each element gives).
   */
  const madeElementClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    // `Object.values(bots)`: the values of a record of instances.
    const valuesOf = objectFunctionArgument(node, 'values');
    if (valuesOf) return recordValueClassOf(valuesOf);
    const all = promiseAllOf(node);
    if (all) {
      if (all.elements.length === 0) return undefined;
      const classes = all.elements.map((element) => (!element || element.type === AST_NODE_TYPES.SpreadElement ? undefined : awaitedClassOf(element)));
      return sameClassOfAll(classes);
    }
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticKeyName(node.callee.property, node.callee.computed);
    const [callback] = node.arguments;
    const collection = node.callee.object;
    // Not the `map` of a class of the file (`registry.map(…)` returns whatever it returns).
    if (method === 'map') return callback && isFunction(callback) && !callback.async && !callback.generator && !localClassOf(collection) ? functionReturns(callback, false) : undefined;
    if (method === 'filter') return narrowedOr(predicateNarrowing(callback), () => elementClassOf(collection, 'searched'));
    return method !== undefined && sameElementMethods.has(method) ? elementClassOf(collection, 'indexed') : undefined;
  };

  /** An array literal whose every element makes the same class, or spreads what iterates to it (`[...team, new Session()]`). */
  const literalsSeen = new Set<TSESTree.ArrayExpression>(); // `const a = [...b], b = [...a]` ends
  const literalElementClassOf = (array: TSESTree.ArrayExpression): TrackedClass | undefined => {
    if (array.elements.length === 0 || literalsSeen.has(array)) return undefined;
    literalsSeen.add(array);
    const classes = array.elements.map((element) =>
      !element ? undefined : element.type === AST_NODE_TYPES.SpreadElement ? elementClassOf(element.argument) : instanceOf(element),
    );
    literalsSeen.delete(array);
    return sameClassOfAll(classes);
  };

  /** What a field declaration says it holds: its annotation decides (and is noted), else its initialiser; 'bare' without either. */
  const declaredFieldState = (
    member: TSESTree.PropertyDefinition | TSESTree.AccessorProperty | TSESTree.TSAbstractPropertyDefinition | TSESTree.TSAbstractAccessorProperty,
    name: string,
    annotated: Set<string>,
  ): TrackedClass | null | 'bare' => {
    if (member.typeAnnotation) {
      annotated.add(name);
      const declared = classOf(member.typeAnnotation) ?? null;
      return declared && member.value && isForcedWrite(member.value) ? null : declared;
    }
    return member.value ? (instanceOf(member.value) ?? null) : 'bare';
  };

  /**
   * Folds a class's `this.x = …` writes into its field states: a field stays an instance only if
   * every write stores the same class (`this.session = session` for a parameter `session = new
   * Session()` too); `initial` gives a field's state before the writes, undefined to skip it.
   */
  const mergeWrites = (
    state: Map<string, TrackedClass | null | 'bare'>,
    annotated: ReadonlySet<string>,
    writes: readonly ThisWrite[],
    initial: (name: string) => TrackedClass | null | 'bare' | undefined,
    /** Where a field that holds an instance on some paths only is recorded (`maybeHeld`). */
    maybe?: Map<string, TrackedClass>,
    /** Whether an annotated field is given a real instance somewhere (then a forced write makes it a maybe). */
    madeAnnotated?: (name: string) => boolean,
  ): void => {
    for (const { name, value, unchecked } of writes) {
      // An annotated field holds what its annotation says, but for a value forced into it
      // (`this.agent = stub as never`, a parameter `stub: any`) or written where TypeScript does
      // not check it against the field (`Object.assign(this, opts)`).
      if (annotated.has(name)) {
        const declared = state.get(name);
        // A field its annotation says holds none has nothing to lose (and the checker is not asked).
        if (declared === null) continue;
        if (unchecked || (value && isForcedWrite(value))) {
          // A maybe only where a real one is given too (the initialiser, another write).
          if (declared && declared !== 'bare' && madeAnnotated?.(name)) maybe?.set(name, declared);
          state.set(name, null);
        }
        continue;
      }
      const current = initial(name);
      if (current === undefined) continue;
      const made = value && instanceOf(value);
      const next = current === 'bare' ? (made ?? null) : current && sameClass(made, current) ? current : null;
      const held = (current && current !== 'bare' ? current : undefined) ?? made;
      if (next === null && held) maybe?.set(name, held);
      state.set(name, next);
    }
  };

  /**
   * The fields of a class that provably hold an instance. A field's annotation decides when it
   * has one (`session: Session | Fake = new Session()` is not provably one); otherwise its
   * initialiser and every `this.field = …` in the class's methods must all make the same class. A
   * subclass's own declaration or assignment of a name overrides what it inherits.
   */
  const fieldsOf = (body: TSESTree.ClassBody): Map<string, TrackedClass> => {
    let fields = fieldCache.get(body);
    if (fields) return fields;
    fields = new Map();
    fieldCache.set(body, fields);
    fieldsInProgress++;
    // undefined: not declared here; 'bare': declared without a value; null: not provably an instance.
    const state = new Map<string, TrackedClass | null | 'bare'>();
    const annotated = new Set<string>();
    for (const field of fieldDeclarationsOf(body)) {
      // `session: Session`, `get session(): Session { … }`, `constructor(private session: Session)`: the
      // annotation decides, unless the value it starts with is forced into it (`agent: Agent = fake as any`).
      if (field.annotation) {
        annotated.add(field.name);
        const declared = classOf(field.annotation) ?? null;
        // `constructor(private helper: Agent)` with `new C(stub as never)` in the file is as forced.
        // `get agent(): Agent { return stub as never; }` neither.
        const forced =
          !!declared &&
          ((!!field.init && isForcedWrite(field.init)) ||
            (field.kind === 'parameter' && isParameterGivenForced(field.key)) ||
            (!!field.getterBody && returnedValuesOf(field.getterBody).some((value) => !!value && isForcedWrite(value))));
        state.set(field.name, forced ? null : declared);
      } else if (field.kind !== 'getter') {
        // `session = new Session()`, `constructor(private session = new Session())`; a bare field is what is written to it.
        state.set(field.name, field.init ? (instanceOf(field.init) ?? null) : field.kind === 'field' ? 'bare' : null);
      }
    }
    // Fields inherited from a class declared in this file, unless this class declares them again.
    const superBody = declaredBodyOf(body.parent.superClass, AST_NODE_TYPES.ClassDeclaration);
    const inherited = superBody?.type === AST_NODE_TYPES.ClassBody ? fieldsOf(superBody) : undefined;
    // `this.x = new Session(…)` in a method: every write must store the same class, and a write
    // that stores something unknown (`[this.x] = list`, `this.x += …`) makes it not one.
    // Writes through another instance count the same (`a.#agent = stub` in a static factory,
    // `bot.agent = stub` for `const bot = new Bot()`).
    const writes = withAnyFieldWritten([...thisWritesOf(body).instance, ...otherWritesOf(body)], [...state.keys(), ...(inherited?.keys() ?? [])]);
    const maybe = new Map<string, TrackedClass>();
    const madeAnnotated = (name: string): boolean =>
      fieldDeclarationsOf(body).some((field) => field.name === name && !!field.init && madeBy(field.init)) ||
      writes.some((write) => write.name === name && !!write.value && madeBy(write.value));
    mergeWrites(state, annotated, writes, (name) => (state.has(name) ? state.get(name) : (inherited?.get(name) ?? 'bare')), maybe, madeAnnotated);
    maybeFields.set(body, maybe);
    for (const [name, tracked] of state) if (tracked && tracked !== 'bare') fields.set(name, tracked);
    for (const [name, tracked] of inherited ?? []) if (!state.has(name)) fields.set(name, tracked);
    // `get current() { return this.session; }`: with no return type, what every `return` gives,
    // read once the other fields are known. It overrides what a base class's member of that name held.
    for (const field of fieldDeclarationsOf(body)) {
      if (field.kind !== 'getter' || field.annotation || !field.getterBody || state.has(field.name)) continue;
      // A getter the file names nowhere else is never read in it: what it gives is not worked out
      // (with type information, the checker's costliest question: `this.log.map((m) => …)`).
      if (!mayNameTwice(sourceCode.text, field.name)) {
        fields.delete(field.name);
        continue;
      }
      const classes = returnedValuesOf(field.getterBody).map((value) => value && instanceOf(value));
      const made = sameClassOfAll(classes);
      if (made) fields.set(field.name, made);
      else fields.delete(field.name);
    }
    fieldsInProgress--;
    return fields;
  };

  /**
   * Writes of a field of the class not through `this`: of a private name the class declares
   * (`a.#agent = stub`: only the class can), and of a public one through anything that may be a
   * value of the class (`bot.agent = stub`, `crew[0].agent = stub`, `x.agent = stub` for an `x`
   * of unknown class), unless it is provably another class of the file. The file's member writes
   * are collected once.
   */
  let memberWrites: MemberWrite[] | undefined;
  const otherWritesOf = (body: TSESTree.ClassBody): ThisWrite[] => {
    // Declared, or only ever written through `this` (`constructor() { this.agent = new Agent(…); }` in JS).
    const names = new Set([
      ...fieldDeclarationsOf(body).filter((field) => field.kind !== 'getter').map((field) => field.name),
      ...thisWritesOf(body).instance.map((write) => write.name).filter((name) => name !== '*'),
    ]);
    if (names.size === 0) return [];
    memberWrites ??= collectMemberWrites(sourceCode.ast, sourceCode.visitorKeys);
    return memberWrites.flatMap((write): ThisWrite[] => {
      const { name, member, object } = write;
      if (name === '*') {
        // Any field, but only through a value provably of the class: `o[k] = v` is everywhere.
        const other = localClassOf(object);
        return other && inheritsFrom(other, body) ? anyFieldWrites(names, write.unchecked) : [];
      }
      if (!names.has(name)) return [];
      if (name.startsWith('#')) return member && privateNameOwner(member) === body ? [write] : [];
      const other = localClassOf(object);
      return !other || inheritsFrom(other, body) ? [write] : [];
    });
  };

  /**
   * What field `name` of a class of the file holds on any of its instances: a subclass of the file
   * that declares the member again may hold something else there (`get agent() { return stub; }`).
   * While fields are being worked out, a member a subclass declares again answers none yet (the safe answer).
   */
  const fieldOfClass = (body: TSESTree.ClassBody, name: string): TrackedClass | undefined => {
    const held = fieldsOf(body).get(name);
    if (!held) return undefined;
    // Declared again, or written through `this` in the subclass (`this.session = stub` in its constructor).
    const redeclares = (sub: TSESTree.ClassBody): boolean =>
      fieldDeclarationsOf(sub).some((field) => field.name === name) ||
      sub.body.some((member) => member.type === AST_NODE_TYPES.MethodDefinition && memberKey(member.key, member.computed) === name) ||
      thisWritesOf(sub).instance.some((write) => write.name === name);
    const redeclaring = subclassBodiesOf(body).filter(redeclares);
    if (redeclaring.length === 0) return held;
    if (fieldsInProgress > 0) return undefined;
    return redeclaring.every((sub) => sameClass(fieldsOf(sub).get(name), held)) ? held : undefined;
  };
  let classBodies: TSESTree.ClassBody[] | undefined;
  const subclassBodiesOf = (body: TSESTree.ClassBody): TSESTree.ClassBody[] => {
    if (!classBodies) {
      const found: TSESTree.ClassBody[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === AST_NODE_TYPES.ClassBody && node.parent.superClass) found.push(node);
        forEachChild(node, visit, sourceCode.visitorKeys);
      };
      // A file with no `extends` has no subclass to walk for.
      if (mayName(sourceCode.text, ['extends'])) visit(sourceCode.ast);
      classBodies = found;
    }
    return classBodies.filter((other) => other !== body && inheritsFrom(other, body));
  };

  /** Whether a class body is `base` or extends it through classes of this file. */
  const inheritsFrom = (body: TSESTree.ClassBody, base: TSESTree.ClassBody): boolean => {
    let current: TSESTree.ClassBody | undefined = body;
    for (let depth = 0; current && depth < 16; depth++) {
      if (current === base) return true;
      const superBody = declaredBodyOf(current.parent.superClass, AST_NODE_TYPES.ClassDeclaration);
      current = superBody?.type === AST_NODE_TYPES.ClassBody ? superBody : undefined;
    }
    return false;
  };

  /** The body of the class or interface an identifier names, when it is declared in this file. */
  const declaredBodyOf = (
    node: TSESTree.Node | null | undefined,
    kind: AST_NODE_TYPES.ClassDeclaration | AST_NODE_TYPES.TSInterfaceDeclaration,
  ): TSESTree.ClassBody | TSESTree.TSInterfaceBody | undefined => {
    if (node?.type !== AST_NODE_TYPES.Identifier) return undefined;
    const declaration = resolveName(sourceCode.getScope(node), node.name)?.defs[0]?.node;
    return declaration?.type === kind ? declaration.body : undefined;
  };

  /**
   * The class of this file whose instance an expression is: `new Bot()`, or a variable annotated
   * `Bot` or made with `new Bot()`.
   */
  const localClassOf = (node: TSESTree.Node): TSESTree.ClassBody | undefined => bounded(() => localClassOfUnbounded(node));
  const localClassOfUnbounded = (node: TSESTree.Node): TSESTree.ClassBody | undefined => {
    let typeName: TSESTree.Node | undefined;
    if (node.type === AST_NODE_TYPES.NewExpression) typeName = node.callee;
    else if (node.type === AST_NODE_TYPES.CallExpression) {
      // `byName.get(k)` for `byName: Map<string, Bot>`.
      const mapGet = node.callee.type === AST_NODE_TYPES.MemberExpression && staticKeyName(node.callee.property, node.callee.computed) === 'get' ? mapValueTypeOf(node.callee.object) : undefined;
      typeName = returnedClassName(node) ?? (mapGet?.type === AST_NODE_TYPES.TSTypeReference ? mapGet.typeName : undefined);
    } else if (node.type === AST_NODE_TYPES.TSNonNullExpression) return localClassOf(node.expression);
    else if (node.type === AST_NODE_TYPES.Identifier && !declarationOf(node)?.annotation && !isReassigned(node)) {
      // `for (const bot of crew)`, `crew.map((bot) => …)` for `crew: Bot[]`.
      const element = elementTypeOfBinding(node);
      if (element?.type === AST_NODE_TYPES.TSTypeReference) typeName = element.typeName;
    }
    if (!typeName && node.type !== AST_NODE_TYPES.NewExpression && node.type !== AST_NODE_TYPES.CallExpression) {
      const declared = declarationOf(node);
      if (declared?.annotation?.type === AST_NODE_TYPES.TSTypeReference) typeName = declared.annotation.typeName;
      // `let bot = new Bot(); bot = new MockBot()`: the initialiser says nothing then.
      else if (declared?.init?.type === AST_NODE_TYPES.NewExpression && !isReassigned(node)) typeName = declared.init.callee;
      // `const router = Router.create()` for `static create(): Router`.
      else if (node.type === AST_NODE_TYPES.Identifier && declared?.init?.type === AST_NODE_TYPES.CallExpression && !isReassigned(node)) {
        typeName = returnedClassName(declared.init);
      }
    }
    const body = typeName && declaredBodyOf(typeName, AST_NODE_TYPES.ClassDeclaration);
    return body?.type === AST_NODE_TYPES.ClassBody ? body : undefined;
  };

  /**
   * The element type of the collection a binding takes its value from, as the collection is
   * declared: a `for…of` head over it, or the first parameter of an array method's callback on it
   * (`forEach` of a map gives its values).
   */
  const elementTypeOfBinding = (identifier: TSESTree.Identifier): TSESTree.TypeNode | undefined => {
    const def = onlyDefinitionOf(identifier);
    if (!def) return undefined;
    const collectionType = (collection: TSESTree.Node, arraysOnly: boolean): TSESTree.TypeNode | undefined => {
      const annotation = declarationOf(collection)?.annotation;
      return annotation && elementTypeIn(annotation, arraysOnly);
    };
    const loop = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.parent?.parent : undefined;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent && !loop.await) return collectionType(loop.right, false);
    if (def.type !== 'Parameter' || !isFunction(def.node) || def.node.params[0] !== def.name) return undefined;
    const call = def.node.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== def.node || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticKeyName(call.callee.property, call.callee.computed);
    if (method === undefined || !arrayCallbackMethods.has(method)) return undefined;
    const object = call.callee.object;
    return method === 'forEach' ? (collectionType(object, false) ?? mapValueTypeOf(object)) : collectionType(object, true);
  };

  /** The type name a call of a function of this file is declared to return (`Router` for `static create(): Router`). */
  const classReturning = new Set<TSESTree.CallExpression>(); // `const r = r.make()` ends
  const returnedClassName = (call: TSESTree.CallExpression): TSESTree.Node | undefined => {
    if (classReturning.has(call)) return undefined;
    classReturning.add(call);
    const returned = calledFunction(call)?.returnType?.typeAnnotation;
    classReturning.delete(call);
    return returned?.type === AST_NODE_TYPES.TSTypeReference ? returned.typeName : undefined;
  };

  /** `bot.session` for `const bot = new Bot()`: a field of a class of this file read on an instance of it. */
  const instanceFieldOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    const body = localClassOf(object);
    return body && !memberWrittenThrough(object, name) ? fieldOfClass(body, name) : undefined;
  };

  /**
   * Whether a value written where an annotation decides is one TypeScript did not check against
   * it: forced (`fake as never`, also inside a literal), a binding annotated `any`, and with type
   * information a value typed `any` or written under `// @ts-expect-error`.
   */
  const isForcedWrite = (value: TSESTree.Node): boolean =>
    holdsForcedValue(value) ||
    valueBranches(value).some(isDeclaredAny) ||
    isUncheckedAssertion(value) ||
    isAssertionFromAny(value) ||
    isParameterGivenForced(value) ||
    !!typeOracle?.isUnchecked(value) ||
    holdsAnyValue(value) ||
    passesForced(value);
  /**
   * Whether a value gives a real instance (of `tracked`, when given) on some path: itself, or one
   * side of a conditional or `??` whose other side is forced (`offline ? (stub as never) : new Agent(…)`).
   */
  const madeBy = (value: TSESTree.Node, tracked?: TrackedClass): boolean =>
    valueBranches(value).some((branch) => {
      if (isForcedWrite(branch)) return false;
      const made = instanceOf(branch);
      return tracked ? sameClass(made, tracked) : !!made;
    });

  /** With type information, a value typed `any`, also as an element or a property value of a literal (`{ agent: table.x }`). */
  const holdsAnyValue = (value: TSESTree.Node): boolean => {
    if (!typeOracle) return false;
    // What the syntax says the value is, never `any`: a literal, a function, a class, and
    // `new Agent(…)` of a tracked class, the commonest value here (and a costly one to type).
    if (value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.TemplateLiteral || isFunction(value) || value.type === AST_NODE_TYPES.ClassExpression) return false;
    if (value.type === AST_NODE_TYPES.NewExpression && value.callee.type === AST_NODE_TYPES.Identifier && classOfSyntax(value.callee)) return false;
    // What the 1.x API gives is typed by its declarations, none of them `any`.
    if (givenByPackageApi(value)) return false;
    // `current` for `let current: Session | undefined`: a reference has its declared type,
    // narrowed, and no narrowing of a class (nor an assignment of `any` to it) gives `any`.
    // Not in a file with JSDoc types, where `/** @type {any} */ (current)` casts what ESTree does not show.
    const jsdocFree = (jsdocTyped ??= mayName(sourceCode.text, ['@type', '@satisfies'])) === false;
    if (jsdocFree && value.type === AST_NODE_TYPES.Identifier && isDeclaredAsClass(value)) return false;
    // `baseOptions` for `const baseOptions = { provider: 'openai' }`: typed by the literal it is
    // made with. (Not `const list = []`, which without noImplicitAny is `any[]`.)
    const declared = jsdocFree && value.type === AST_NODE_TYPES.Identifier ? declarationOf(value) : undefined;
    const made = declared?.constant && !declared.annotation ? declared.init : undefined;
    if (made?.type === AST_NODE_TYPES.ObjectExpression && !anyInProgress.has(made)) {
      anyInProgress.add(made);
      try {
        return holdsAnyValue(made);
      } finally {
        anyInProgress.delete(made);
      }
    }
    if (value.type === AST_NODE_TYPES.ArrayExpression) return value.elements.some((element) => !!element && holdsAnyValue(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element));
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      return value.properties.some((property) => (property.type === AST_NODE_TYPES.SpreadElement ? holdsAnyValue(property.argument) : !property.method && property.kind === 'init' && holdsAnyValue(property.value)));
    }
    return typeOracle.isAny(value);
  };

  const anyInProgress = new Set<TSESTree.Node>(); // `const a = { self: a }` ends
  let jsdocTyped: boolean | undefined;
  /** A binding every declaration of which is annotated with a tracked class, or one or nothing (`Session | undefined`). */
  const isDeclaredAsClass = (identifier: TSESTree.Identifier): boolean => {
    const defs = resolveName(sourceCode.getScope(identifier), identifier.name)?.defs ?? [];
    const classOrNothing = (type: TSESTree.TypeNode): boolean =>
      type.type === AST_NODE_TYPES.TSUnionType
        ? type.types.every(classOrNothing)
        : type.type === AST_NODE_TYPES.TSUndefinedKeyword || type.type === AST_NODE_TYPES.TSNullKeyword || !!classOfSyntax(type);
    return defs.length > 0 && defs.every((def) => {
      const annotation = annotationOf(def);
      return !!annotation && classOrNothing(annotation);
    });
  };

  /**
   * With type information, `id<Agent>(fake as any)`, `await withRetry(() => fake as never)`: a call of
   * a generic function that returns what it is given, given a forced value (or a function of one);
   * and `new Box<Agent>(fake as any)`, a generic class made with one.
   */
  const passesForced = (value: TSESTree.Node): boolean => {
    const call = value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value;
    if (!typeOracle || (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression)) return false;
    // `Object.values(rec)`, `Array.from(team)` for a collection given a forced element: passed on too.
    const forcedArgument = call.arguments.some((argument) => {
      const given = argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument;
      return isForcedWrite(given) || mayHoldForcedValue(given) || (isFunction(given) && returnsForced(given));
    });
    return forcedArgument && typeOracle.returnsTypeParameter(call);
  };

  /**
   * With type information, `JSON.parse(s) as Agent`, `u as Agent` for `u: unknown`: an assertion of
   * a value typed `any` or `unknown`, which TypeScript lets through whatever it holds (forced as
   * `x as any as Agent` is, and as `const a: Agent = JSON.parse(s)`); and one under `// @ts-expect-error`.
   */
  const isUncheckedAssertion = (node: TSESTree.Node): boolean => {
    const inner = uncheckedWrapped(node);
    if (inner.type !== AST_NODE_TYPES.TSAsExpression && inner.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
    // `offline as Agent` under `// @ts-expect-error`: an assertion TypeScript was told not to check.
    return !!typeOracle && (typeOracle.isAny(inner.expression) || typeOracle.isUnchecked(inner));
  };
  /** `raw as Agent` for a `raw` typed `any` (declared so, or with type information): as unchecked as `raw as unknown as Agent`. */
  const isAssertionFromAny = (node: TSESTree.Node): boolean => {
    const inner = uncheckedWrapped(node);
    if (inner.type !== AST_NODE_TYPES.TSAsExpression && inner.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
    return isDeclaredAny(inner.expression) || !!typeOracle?.isAny(inner.expression);
  };
  /** `this.agent = a` for a parameter `a: Agent` a call of the file gives `stub as never`: as forced as that argument. */
  const isParameterGivenForced = (node: TSESTree.Node): boolean => {
    const def = node.type === AST_NODE_TYPES.Identifier ? onlyDefinitionOf(node) : undefined;
    return !!def && annotationOf(def) !== undefined && parameterGivenForced(def);
  };

  /**
   * Whether a collection its declaration says holds the class may hold a value forced into it: its
   * initialiser does (`const team: Agent[] = [fake as never]`, `new Set<Agent>([fake as never])`),
   * or the file adds one (`more.add(fake as never)`, `team.push(stub)` for `stub: any`).
   */
  const holdsForcedElements = (node: TSESTree.Node, init: TSESTree.Expression | null | undefined): boolean => {
    // A factory of a forced value counts too (`registry.set('offline', () => fake as never)`).
    const forced = (value: TSESTree.Node): boolean => isForcedWrite(value) || isForcedFactory(value);
    if (init && (forced(init) || (init.type === AST_NODE_TYPES.NewExpression && init.arguments.some((argument) => isForcedWrite(argument) || holdsForcedFactory(argument))))) return true;
    // `this.team.push(fake as never)`, `this.bots[k] = fake as never`: by the member's name.
    if (node.type === AST_NODE_TYPES.MemberExpression) return forcedElementsOfMember(memberKey(node.property, node.computed));
    const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
    if (!variable) return false;
    // `team = [fake as never]` later: the binding given another collection with a forced value.
    if (variable.references.some((reference) => (!!reference.writeExpr && !reference.init && forced(reference.writeExpr)) || isWrittenThroughWrapper(reference.identifier))) return true;
    // `bots['offline'] = fake as never`, `team[1] = fake as never`.
    memberWrites ??= collectMemberWrites(sourceCode.ast, sourceCode.visitorKeys);
    // `Object.assign(bots, { offline: stub })` is not checked against the record's type at all.
    if (memberWrites.some((write) => writesThrough(write, variable) && (write.unchecked || (write.value !== undefined && forced(write.value))))) return true;
    return variable.references.some((reference) => {
      const member = reference.identifier.parent;
      // `Object.assign(bots, { x: fake })`: TypeScript does not check what it copies in.
      if (member?.type === AST_NODE_TYPES.CallExpression && member.arguments[0] === reference.identifier && isObjectFunction(member, 'assign')) return true;
      // `const crew = team; crew.push(fake as never)`: an alias given a forced element.
      if (member?.type === AST_NODE_TYPES.VariableDeclarator && member.init === reference.identifier && member.id.type === AST_NODE_TYPES.Identifier && !aliasesInProgress.has(member)) {
        aliasesInProgress.add(member);
        try {
          if (holdsForcedElements(member.id, undefined)) return true;
        } finally {
          aliasesInProgress.delete(member);
        }
      }
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
      const call = member.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
      const method = staticKeyName(member.property, member.computed);
      // With type information, a generic collection of the project's too (`pool.put(fake as never)` for `put(x: T)`).
      const keeps = (index: number): boolean => (method !== undefined && collectionAdders.has(method)) || !!typeOracle?.takesTypeParameter(call, index);
      return call.arguments.some((argument, index) => forced(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument) && keeps(index));
    });
  };
  const aliasesInProgress = new Set<TSESTree.Node>(); // `let a = b; let b = a` ends
  /** `Object.assign(…)`, `Object.values(…)` (the `Object` function `name`), for the global `Object`. */
  const isObjectFunction = (call: TSESTree.CallExpression, name: string): boolean =>
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    call.callee.object.type === AST_NODE_TYPES.Identifier &&
    call.callee.object.name === 'Object' &&
    !resolveName(sourceCode.getScope(call), 'Object')?.defs.length &&
    staticKeyName(call.callee.property, call.callee.computed) === name;
  /** Whether the file puts a forced value into a collection member of that name (`x.team.push(fake as never)`, `x.bots[k] = fake as never`). */
  const forcedElementsOfMember = (name: string | undefined): boolean => {
    if (name === undefined) return false;
    memberValues ??= collectMemberValues(sourceCode.ast, sourceCode.visitorKeys);
    return !!memberValues.get(name)?.elements.some((value) => isForcedWrite(value) || isForcedFactory(value));
  };
  /** A function that returns a forced value on some path: in place (`() => fake as never`), or a function of the file it names (`registry.set('x', offline)`). */
  const isForcedFactory = (value: TSESTree.Node): boolean => {
    const fn = value.type === AST_NODE_TYPES.Identifier ? functionNamed(value) : value;
    return !!fn && isFunctionLike(fn) && returnsForced(fn);
  };
  /** Whether a function returns a forced value on some path (`() => fake as never`). */
  const returnsForced = (fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration): boolean =>
    fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedValuesOf(fn.body).some((value) => !!value && isForcedWrite(value)) : isForcedWrite(fn.body);
  /** `new Map([['x', () => fake as never]])`: an entries literal holding a factory of a forced value. */
  const holdsForcedFactory = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.ArrayExpression &&
    node.elements.some((entry) => entry?.type === AST_NODE_TYPES.ArrayExpression && entry.elements.some((part) => !!part && isForcedFactory(part)));
  /** Whether a member write goes through `variable` (`variable.x = …`, `variable[k] = …`). */
  const writesThrough = (write: MemberWrite, variable: Variable): boolean => {
    // `panel[0]![0] = stub as never`: an element of an element is written through `panel` too.
    let object = write.object;
    while (isTypeWrapper(object) || (object.type === AST_NODE_TYPES.MemberExpression && object.computed)) object = isTypeWrapper(object) ? object.expression : (object as TSESTree.MemberExpression).object;
    return object.type === AST_NODE_TYPES.Identifier && resolveName(sourceCode.getScope(object), object.name) === variable;
  };

  /** A binding annotated `any` (`stub: any`): whatever it holds passes for the class. */
  const isDeclaredAny = (node: TSESTree.Node): boolean => {
    const annotation = node.type === AST_NODE_TYPES.Identifier ? declarationOf(node)?.annotation : undefined;
    return annotation?.type === AST_NODE_TYPES.TSAnyKeyword;
  };

  /** Whether the variable an identifier names is assigned again after its declaration. */
  const isReassigned = (node: TSESTree.Node): boolean => {
    const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
    return !!variable && isAssignedAgain(variable);
  };

  /** Whether `object.name = …` (or another write of that member) happens through the variable `object` names. */
  const memberWrittenThrough = (object: TSESTree.Node, name: string): boolean => {
    const variable = object.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(object), object.name) : undefined;
    return !!variable && writesMember(variable, name);
  };

  /** `bot.session` for `const bot = { session: new Session() }`: a property of a `const` object literal. */
  /**
   * The class of every value of a record: `sessions[id]`, `Object.values(sessions)`, for
   * `sessions: Record<string, Agent>` or `{ [id: string]: Agent }`, and for a `const` object
   * literal whose every property makes one (`const bots = { support: new Agent(…), … }`), with no
   * spread, and never written through (`bots.x = …`, `bots[k] = …`).
   */
  const recordValueClassOf = (node: TSESTree.Node): TrackedClass | undefined => {
    const declared = declarationOf(node);
    const held = declared && declaredRecordValueClassOf(node, declared);
    // Whether forced values were put in is asked only of a record of instances (the rarer answer;
    // the question walks the file's member writes).
    return held && !holdsForcedElements(node, declared.init) ? held : undefined;
  };
  const declaredRecordValueClassOf = (node: TSESTree.Node, declared: NonNullable<ReturnType<typeof declarationOf>>): TrackedClass | undefined => {
    const { annotation, init } = declared;
    if (annotation) {
      const record = globalTypeArguments(annotation, recordTypes);
      if (record?.length === 2) return classOf(record[1]!);
      const [index, ...others] = annotation.type === AST_NODE_TYPES.TSTypeLiteral ? annotation.members : [];
      return index?.type === AST_NODE_TYPES.TSIndexSignature && others.length === 0 && index.typeAnnotation ? classOf(index.typeAnnotation.typeAnnotation) : undefined;
    }
    if (!declared.constant || init?.type !== AST_NODE_TYPES.ObjectExpression || init.properties.length === 0) return undefined;
    const variable = node.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(node), node.name) : undefined;
    if (!variable || !isOnlyReadAsRecord(variable)) return undefined;
    const classes = init.properties.map((property) => (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method ? instanceOf(property.value) : undefined));
    return sameClassOfAll(classes);
  };

  /**
   * Whether every use of a `const` object literal's binding reads it (`bots.a`, `bots[k]`,
   * `Object.values(bots)`): handed anywhere else (`Object.assign(bots, …)`, `swap(bots)`, an alias),
   * or written through, its properties may be anything.
   */
  const isOnlyReadAsRecord = (variable: Variable): boolean =>
    variable.references.every((reference) => {
      if (reference.init) return true;
      const use = reference.identifier;
      const parent = use.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) return !isWritten(parent) && !isWrittenThroughWrapper(parent);
      // `keyof typeof bots`: a type, nothing at run time.
      if (parent?.type === AST_NODE_TYPES.TSTypeQuery) return true;
      // `const { agent } = deps`: read by destructuring.
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use && parent.id.type === AST_NODE_TYPES.ObjectPattern) return true;
      return !!parent && ['values', 'entries', 'keys'].some((name) => objectFunctionArgument(parent, name) === use);
    });

  /** `x` of `Object.values(x)` (or of the `Object` function `name`), for the global `Object`. */
  const objectFunctionArgument = (node: TSESTree.Node, name: string): TSESTree.Node | undefined =>
    node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1 && isObjectFunction(node, name) && node.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement
      ? node.arguments[0]
      : undefined;

  /**
   * `const { session } = { session: new Session(…) }`: a property of an object literal in place,
   * which nothing else can reach (unless one of its methods writes `this`).
   */
  const inPlaceLiteralPropertyOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    if (object.type !== AST_NODE_TYPES.ObjectExpression || writesItsThis(object)) return undefined;
    if (object.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.computed)) return undefined;
    let index = object.properties.length - 1;
    while (index >= 0 && !(object.properties[index]!.type === AST_NODE_TYPES.Property && staticKeyName((object.properties[index] as TSESTree.Property).key, false) === name)) index--;
    const property = object.properties[index];
    // A spread after it could replace it.
    if (property?.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || object.properties.slice(index + 1).some((p) => p.type === AST_NODE_TYPES.SpreadElement)) return undefined;
    return instanceOf(property.value);
  };
  const literalPropertyOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    const value = literalPropertyValue(object, name, true);
    if (!value) return undefined;
    // `{ get agent() { return new Agent(…); } }`: what reading it gives is what a call of the
    // function returns (its return type says, unless a return is forced into it).
    if (value.parent?.type === AST_NODE_TYPES.Property && value.parent.kind === 'get') {
      return value.type === AST_NODE_TYPES.FunctionExpression ? functionReturns(value, false) : undefined;
    }
    return producedBy(value);
  };
  /**
   * `Bots.main` for `namespace Bots { export const main = new Agent(…) }`: the exported binding of a
   * namespace of this file declared in one block, as the binding itself would be read.
   */
  const namespaceExportOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = resolveName(sourceCode.getScope(object), object.name);
    const declaration = variable?.defs.length === 1 ? variable.defs[0]!.node : undefined;
    if (declaration?.type !== AST_NODE_TYPES.TSModuleDeclaration || declaration.declare || memberWrittenThrough(object, name)) return undefined;
    // At run time a namespace is an object whose exports are properties: handed anywhere
    // (`Object.assign(Bots, …)`, `stubAll(Bots)`), `main` may be replaced.
    const onlyRead = variable!.references.every(({ identifier }) => {
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.TSQualifiedName || parent?.type === AST_NODE_TYPES.TSTypeQuery) return true;
      return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && !isWritten(parent) && !isWrittenThroughWrapper(parent);
    });
    if (!onlyRead) return undefined;
    const exported = sourceCode.scopeManager?.acquire(declaration)?.set.get(name);
    const def = exported?.defs.length === 1 ? exported.defs[0] : undefined;
    const isExported = def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    return isExported ? variableClass(exported!) : undefined;
  };

  /** The class a `var` of `declare global { … }` in this file is annotated with, by name. */
  let declaredGlobals: Map<string, TSESTree.TypeNode | null> | undefined;
  const declaredGlobalClassOf = (name: string): TrackedClass | undefined => {
    if (!declaredGlobals) {
      declaredGlobals = new Map();
      if (mayName(sourceCode.text, ['declare global'])) {
        for (const statement of sourceCode.ast.body) {
          if (statement.type !== AST_NODE_TYPES.TSModuleDeclaration || statement.kind !== 'global' || !statement.body) continue;
          for (const inner of statement.body.body) {
            if (inner.type !== AST_NODE_TYPES.VariableDeclaration) continue;
            for (const declarator of inner.declarations) {
              if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
              // Declared twice: not one answer.
              const type = declarator.id.typeAnnotation?.typeAnnotation;
              declaredGlobals.set(declarator.id.name, declaredGlobals.has(declarator.id.name) || !type ? null : type);
            }
          }
        }
      }
    }
    const type = declaredGlobals.get(name);
    return type && !globalForced(name) ? classOf(type) : undefined;
  };
  /**
   * Whether the file writes a global it declares with a value TypeScript did not check against
   * the declaration: `shared = stub as never`, `globalThis.shared = stub as never`, or a write
   * that stores something no analysis sees (`[shared] = list`).
   */
  const globalForced = (name: string): boolean => {
    const globalScope = sourceCode.scopeManager?.globalScope;
    const references = [...(globalScope?.through ?? []), ...(globalScope?.set.get(name)?.references ?? [])].filter((reference) => reference.identifier.name === name);
    if (references.some((reference) => (reference.isWrite() && (!reference.writeExpr || isForcedWrite(reference.writeExpr))) || isWrittenThroughWrapper(reference.identifier))) return true;
    // `globalThis.shared = …`, `window.shared = …`: the global object by one of its global names.
    const isGlobalObject = (node: TSESTree.Node): boolean =>
      node.type === AST_NODE_TYPES.Identifier && globalObjectNames.has(node.name) && !resolveName(sourceCode.getScope(node), node.name)?.defs.length;
    memberWrites ??= collectMemberWrites(sourceCode.ast, sourceCode.visitorKeys);
    return memberWrites.some((write) => (write.name === name || write.name === '*') && isGlobalObject(write.object) && (write.unchecked || !write.value || isForcedWrite(write.value)));
  };

  /**
   * `makeDeps().session`, `deps.session` for `const deps = makeDeps()` (only read), and
   * `const { session } = makeDeps()`: a property of the object literal every `return` of a function
   * of the file with no declared return type gives (`return { session: new Agent(…), … }`).
   */
  const factoryResultPropertyOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    let call: TSESTree.Node | null | undefined = object;
    if (object.type === AST_NODE_TYPES.Identifier) {
      const declared = declarationOf(object);
      const variable = resolveName(sourceCode.getScope(object), object.name);
      call = declared?.constant && !declared.annotation && variable && isOnlyReadAsRecord(variable) ? declared.init : undefined;
    }
    if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const declared = calledFunction(call);
    if (!declared || declared.returnType || declared.async || declared.generator || !('body' in declared) || !declared.body || returning.has(declared)) return undefined;
    const returned = declared.body.type === AST_NODE_TYPES.BlockStatement ? returnedValuesOf(declared.body) : [declared.body];
    if (returned.length === 0) return undefined;
    returning.add(declared);
    const classes = returned.map((value) => {
      if (value?.type !== AST_NODE_TYPES.ObjectExpression || value.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.computed) || writesItsThis(value)) return undefined;
      const property = [...value.properties].reverse().find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && staticKeyName(p.key, false) === name);
      const spreadAfter = property && value.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && p.range[0] > property.range[0]);
      return property?.kind === 'init' && !spreadAfter ? instanceOf(property.value) : undefined;
    });
    returning.delete(declared);
    return sameClassOfAll(classes);
  };

  /**
   * Whether a function of an object literal (a method, getter, setter, `function` value, or a
   * function of the file it names) may write the literal through `this` when called on it:
   * `offline() { this.agent = stub; }`, or `this` handed on (`Object.assign(this, …)`).
   */
  const writesItsThis = (literal: TSESTree.ObjectExpression): boolean =>
    literal.properties.some((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return false;
      const value = property.value.type === AST_NODE_TYPES.Identifier ? functionNamed(property.value) : property.value;
      return (value?.type === AST_NODE_TYPES.FunctionExpression || value?.type === AST_NODE_TYPES.FunctionDeclaration) && !!value.body && writesThis(value.body);
    });

  /** The value of property `name` of a `const` object literal, as `literalPropertyOf` reads it. */
  const literalPropertyValue = (object: TSESTree.Node, name: string, getters = false): TSESTree.Node | undefined => {
    const declared = declarationOf(object);
    if (!declared?.constant || declared.annotation || declared.init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    // At run time the last property of a name wins, and a computed key may be any name.
    if (declared.init.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.computed)) return undefined;
    // `{ agent: new Agent(…), offline() { this.agent = stub; } }`: a method may write it when called.
    if (writesItsThis(declared.init)) return undefined;
    const property = [...declared.init.properties]
      .reverse()
      .find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && staticKeyName(p.key, false) === name);
    if (property?.kind !== 'init' && !(getters && property?.kind === 'get')) return undefined;
    // A spread after it could replace it, and so could `bot.session = …` anywhere.
    const spreadAfter = declared.init.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && p.range[0] > property.range[0]);
    const variable = object.type === AST_NODE_TYPES.Identifier ? resolveName(sourceCode.getScope(object), object.name) : undefined;
    return spreadAfter || !variable || !isOnlyReadAsRecord(variable) ? undefined : property.value;
  };

  /**
   * `deps.session` where `deps` is declared with a type that types `session`: an interface of this
   * file or an inline object type, on whatever `declaredTypeOf` reads the declaration of
   * (`this.deps.session`, `holder.deps.session`).
   */
  const propertyOfAnnotated = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    // Whether a forced value was written is asked only when the annotation says the property holds
    // an instance: the rarer answer, and the question walks the file's member writes.
    const declared = interfacePropertyOf(declaredTypeOf(object), name);
    return declared && !annotatedValueForced(object, name) ? declared : undefined;
  };

  /**
   * Whether a value whose annotation says what its property `name` holds was given a forced one:
   * `const holder: { e: Agent } = { e: fake as never }`, or `holder.e = fake as never` later.
   */
  const annotatedValueForced = (object: TSESTree.Node, name: string): boolean => {
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const init = declarationOf(object)?.init;
    if (init && isForcedWrite(init)) return true;
    const variable = resolveName(sourceCode.getScope(object), object.name);
    if (!variable) return false;
    memberWrites ??= collectMemberWrites(sourceCode.ast, sourceCode.visitorKeys);
    return memberWrites.some((write) => (write.name === name || write.name === '*') && writesThrough(write, variable) && (write.unchecked || (write.value !== undefined && isForcedWrite(write.value))));
  };

  /**
   * The type an expression is declared with in this file, where that declaration decides what it
   * holds: a variable's or parameter's annotation (`deps: Deps`), a binding's of an annotated
   * pattern (`({ deps }: Holder)`), a field's of the class `this` is (`private deps: Deps`,
   * `constructor(private deps: Deps)`, also inherited from a class of the file), and a property's
   * of such a type (`holder.deps` for `holder: { deps: Deps }`), however deep.
   */
  const declaredTypeOf = (node: TSESTree.Node, depth = 0): TSESTree.TypeNode | undefined => {
    if (depth > 8) return undefined;
    if (node.type === AST_NODE_TYPES.TSNonNullExpression) return declaredTypeOf(node.expression, depth + 1);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const def = resolveName(sourceCode.getScope(node), node.name)?.defs[0];
      if (!def) return undefined;
      const annotation = annotationOf(def);
      if (annotation) return annotation;
      // `const mw: Middleware = (ctx) => ctx.locals.session…`: what the function type of its context declares.
      if (def.type === 'Parameter' && def.name.parent === def.node && isFunction(def.node)) {
        const param = def.name as TSESTree.Parameter;
        // `mw({ locals: { session: stub as any } })` in the function it is passed to: not what the type says.
        return contextGivesForced(def.node, withoutThis(def.node.params).indexOf(param)) ? undefined : contextualParameterTypeOf(def.node, param);
      }
      const property = def.name.parent;
      if (property?.type !== AST_NODE_TYPES.Property || property.value !== def.name || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      const key = staticKeyName(property.key, property.computed);
      const patternType = property.parent.typeAnnotation?.typeAnnotation;
      return key === undefined || !patternType ? undefined : typePropertyTypeOf(patternType, key, depth + 1);
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = memberKey(node.property, node.computed);
    if (name === undefined) return undefined;
    if (node.object.type === AST_NODE_TYPES.ThisExpression) {
      const body = enclosingClassBody(node);
      return body && fieldTypeIn(body, name);
    }
    // `x.#deps` names a class member only, never a property of an object type.
    if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
    const objectType = declaredTypeOf(node.object, depth + 1);
    return objectType && typePropertyTypeOf(objectType, name, depth + 1);
  };

  /**
   * The type a class of this file annotates its instance member `name` with: a field, an accessor,
   * a getter's return type, a constructor parameter property; declared without one, it has none
   * (its initialiser is `fieldsOf`'s to judge), and one the class does not declare is its base's.
   */
  const fieldTypeIn = (body: TSESTree.ClassBody, name: string): TSESTree.TypeNode | undefined => fieldDeclarationIn(body, name)?.annotation;

  /** The declaration of instance member `name` a class of this file reads like a field, its own or its base's. */
  const fieldDeclarationIn = (body: TSESTree.ClassBody, name: string, depth = 0): FieldDeclaration | undefined => {
    if (depth > 8) return undefined;
    const own = fieldDeclarationsOf(body).find((field) => field.name === name);
    if (own) return own;
    const superBody = declaredBodyOf(body.parent.superClass, AST_NODE_TYPES.ClassDeclaration);
    return superBody?.type === AST_NODE_TYPES.ClassBody ? fieldDeclarationIn(superBody, name, depth + 1) : undefined;
  };

  /**
   * The type of property `name` of `type`: an inline `{ session: Session }`, an interface of this
   * file it names (and the interfaces that one extends), a type alias of the file for one, and
   * through the global wrappers that keep a property's type (`Partial<Deps>`, `Readonly<Deps>`,
   * `Required<Deps>`, `NonNullable<Deps>`, `Pick<Deps, 'session'>`, `Omit<Deps, 'other'>`), a
   * `Deps | undefined` and the one part of an intersection that declares it.
   */
  const typePropertyTypeOf = (type: TSESTree.TypeNode, name: string, depth = 0): TSESTree.TypeNode | undefined => {
    if (depth > 8) return undefined;
    switch (type.type) {
      case AST_NODE_TYPES.TSTypeLiteral:
        return propertySignatureType(type.members, name);
      case AST_NODE_TYPES.TSUnionType: {
        const present = type.types.filter((part) => part.type !== AST_NODE_TYPES.TSUndefinedKeyword && part.type !== AST_NODE_TYPES.TSNullKeyword);
        return present.length === 1 ? typePropertyTypeOf(present[0]!, name, depth + 1) : undefined;
      }
      case AST_NODE_TYPES.TSIntersectionType: {
        // Two parts that both declare it give it both types: not read.
        const found = type.types.map((part) => typePropertyTypeOf(part, name, depth + 1)).filter((one) => one !== undefined);
        return found.length === 1 ? found[0] : undefined;
      }
      case AST_NODE_TYPES.TSTypeReference: {
        const wrapped = propertyKeepingArgument(type, name);
        if (wrapped !== undefined) return wrapped ? typePropertyTypeOf(wrapped, name, depth + 1) : undefined;
        return namedTypePropertyOf(type.typeName, name, depth);
      }
      default:
        return undefined;
    }
  };
  const namedTypePropertyOf = (typeName: TSESTree.Node, name: string, depth: number): TSESTree.TypeNode | undefined => {
    if (depth > 8 || typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
    const own = propertySignatureType(
      interfaceBodiesOf(typeName).flatMap((body) => body.body),
      name,
    );
    if (own) return own;
    for (const def of resolveName(sourceCode.getScope(typeName), typeName.name)?.defs ?? []) {
      // `type Deps = { session: Session }` (not a generic one, whose property may be its parameter's).
      if (def.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration && !def.node.typeParameters) return typePropertyTypeOf(def.node.typeAnnotation, name, depth + 1);
      // `interface Deps extends Base {}`: a property it does not declare is its base's.
      if (def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
        for (const heritage of def.node.extends) {
          const inherited = heritage.typeArguments ? undefined : namedTypePropertyOf(heritage.expression, name, depth + 1);
          if (inherited) return inherited;
        }
      }
    }
    return undefined;
  };
  /**
   * For a global wrapper that keeps the type of property `name` (`Partial<T>`, `Pick<T, 'name'>`),
   * its `T`; null for one that drops or may drop it (`Omit<T, 'name'>`, `Pick<T, K>` for a `K` not
   * written out); undefined for any other type.
   */
  const propertyKeepingArgument = (type: TSESTree.TSTypeReference, name: string): TSESTree.TypeNode | null | undefined => {
    const [target, keys] = globalTypeArguments(type, propertyKeepingTypes) ?? [];
    if (!target || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
    const wrapper = type.typeName.name;
    if (wrapper !== 'Pick' && wrapper !== 'Omit') return target;
    const written = keys && literalKeysOf(keys);
    if (!written) return null;
    return written.has(name) === (wrapper === 'Pick') ? target : null;
  };

  /**
   * The bodies of the interface a type name names, as this file declares it: each of its
   * declarations (they merge), and for a name the file imports or a global, the interfaces of that
   * name in the file's `declare module 'fastify' { … }` for that module or `declare global { … }`.
   * Such an augmentation merges with the module's own interface, which the file does not show; but
   * a property the file declares is what it says it is (TypeScript rejects a second declaration of
   * a property with another type), so only what the file declares is read.
   */
  let ambientBlocks: TSESTree.TSModuleDeclaration[] | undefined; // the file's top-level `declare module` / `declare global`, found once
  const interfaceBodiesOf = (typeName: TSESTree.EntityName): TSESTree.TSInterfaceBody[] => {
    if (typeName.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = resolveName(sourceCode.getScope(typeName), typeName.name);
    const bodies: TSESTree.TSInterfaceBody[] = [];
    for (const def of variable?.defs ?? []) if (def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration) bodies.push(def.node.body);
    // `import type { FastifyInstance } from 'fastify'`: augmented by the exported name, in a block for that specifier.
    const imported = variable?.defs.find((def) => def.type === 'ImportBinding')?.node as TSESTree.Node | undefined;
    const augmented =
      imported?.type === AST_NODE_TYPES.ImportSpecifier && imported.parent.type === AST_NODE_TYPES.ImportDeclaration
        ? { module: imported.parent.source.value, name: moduleExportName(imported.imported) }
        : // Not declared in the file's scopes (a lib global has no definitions): a global.
          !variable || variable.defs.length === 0
          ? { module: undefined, name: typeName.name }
          : undefined;
    if (!augmented) return bodies;
    ambientBlocks ??= sourceCode.ast.body.filter((statement): statement is TSESTree.TSModuleDeclaration => statement.type === AST_NODE_TYPES.TSModuleDeclaration);
    for (const block of ambientBlocks) {
      if (block.body?.type !== AST_NODE_TYPES.TSModuleBlock) continue;
      const matches = augmented.module === undefined ? block.kind === 'global' : block.kind === 'module' && block.id.type === AST_NODE_TYPES.Literal && block.id.value === augmented.module;
      if (!matches) continue;
      for (const inner of block.body.body) {
        const declaration = inner.type === AST_NODE_TYPES.ExportNamedDeclaration ? inner.declaration : inner;
        if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration && declaration.id.name === augmented.name) bodies.push(declaration.body);
      }
    }
    return bodies;
  };

  /** The class of property `name` of `type`: an inline `{ session: Session }`, or an interface of this file it names. */
  const interfacePropertyOf = (type: TSESTree.TypeNode | undefined, name: string): TrackedClass | undefined => {
    const property = type && typePropertyTypeOf(type, name);
    return property && classOf(property);
  };

  /** `Bot.shared` for `class Bot { static shared = new Session(); }` declared in this file. */
  const staticFieldOf = (object: TSESTree.Node, name: string): TrackedClass | undefined => {
    const body = declaredBodyOf(object, AST_NODE_TYPES.ClassDeclaration);
    return body?.type === AST_NODE_TYPES.ClassBody ? staticFieldIn(body, name) : undefined;
  };

  /**
   * The class of property `name` read on `object` (`object.name`, or `const { name } = object`):
   * a field through `this` (a static one in a static member), a property of a value typed with an
   * interface of this file, a static field, a field of an instance of a class of this file, a
   * property of a `const` object literal.
   */
  const propertyClassOf = (object: TSESTree.Node, name: string | undefined, privateName = false): TrackedClass | undefined => {
    if (name === undefined) return undefined;
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      const body = enclosingClassBody(object);
      if (body) return fieldOfClass(body, name);
      // In a static method, block or field, `this` is the class: `this.shared` is a static field.
      const staticBody = enclosingClassBody(object, true);
      return staticBody ? staticFieldIn(staticBody, name) : undefined;
    }
    // `bot.#session` names a class member only, never an interface's or a literal's `'#session'`.
    if (privateName) return staticFieldOf(object, name) ?? instanceFieldOf(object, name);
    return (
      propertyOfAnnotated(object, name) ??
      staticFieldOf(object, name) ??
      instanceFieldOf(object, name) ??
      literalPropertyOf(object, name) ??
      inPlaceLiteralPropertyOf(object, name) ??
      namespaceExportOf(object, name) ??
      factoryResultPropertyOf(object, name)
    );
  };

  /** `Bot.shared = mock` anywhere in the file: through the class's own name. */
  const staticWritten = (body: TSESTree.ClassBody, name: string): boolean => {
    // The class's name outside it and inside it (a class has a binding of its own name in its scope).
    return sourceCode.getDeclaredVariables(body.parent).some((variable) => writesMember(variable, name));
  };

  /** A static field of a class body that holds an instance: `static shared = new Session()`. */
  const staticFieldIn = (body: TSESTree.ClassBody, name: string | undefined): TrackedClass | undefined => {
    const tracked = name === undefined ? undefined : staticFieldsOf(body).get(name);
    return tracked && !staticWritten(body, name!) ? tracked : undefined;
  };

  /**
   * The static fields of a class body that provably hold an instance: the annotation decides when
   * there is one; otherwise the initialiser and every `this.shared = …` in a static method, block
   * or field must all make the same class (`this.shared = stub` there makes it not one).
   */
  const staticFieldsOf = (body: TSESTree.ClassBody): Map<string, TrackedClass> => {
    let fields = staticFieldCache.get(body);
    if (fields) return fields;
    fields = new Map();
    staticFieldCache.set(body, fields);
    fieldsInProgress++;
    const state = new Map<string, TrackedClass | null | 'bare'>();
    const annotated = new Set<string>();
    for (const member of body.body) {
      if ((member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.AccessorProperty) || !member.static) continue;
      const name = memberKey(member.key, member.computed);
      if (name !== undefined) state.set(name, declaredFieldState(member, name, annotated));
    }
    // Only the class's own static fields: a static `this.x` elsewhere is not one of them.
    mergeWrites(state, annotated, withAnyFieldWritten(thisWritesOf(body).static, [...state.keys()]), (name) => state.get(name));
    for (const [name, tracked] of state) if (tracked && tracked !== 'bare') fields.set(name, tracked);
    fieldsInProgress--;
    return fields;
  };

  const instanceOf = (node: TSESTree.Node): TrackedClass | undefined => bounded(() => instanceOfUnbounded(node));
  const instanceOfUnbounded = (node: TSESTree.Node): TrackedClass | undefined => {
    let found: TrackedClass | undefined;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = resolveName(sourceCode.getScope(node), node.name);
      if (variable && !importedClassOf(variable)) found = variableClass(variable);
      // `declare global { var shared: Agent }`: a global the file declares, read from anywhere.
      else if (!variable?.defs.length) found = declaredGlobalClassOf(node.name);
    } else if (node.type === AST_NODE_TYPES.MemberExpression && node.computed && node.object.type !== AST_NODE_TYPES.ThisExpression) {
      // `team[0]` for `team: Session[]`.
      const index = node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'number' ? node.property.value : undefined;
      const tuple = index === undefined ? undefined : tupleElementType(declarationOf(node.object)?.annotation, index);
      found = elementClassOf(node.object, 'indexed') ?? recordValueClassOf(node.object) ?? (tuple && !holdsForcedElements(node.object, declarationOf(node.object)?.init) ? classOf(tuple) : undefined);
    } else if (node.type === AST_NODE_TYPES.MemberExpression) {
      // `agent.session`, `session.messages`: the class's own API holds no instance.
      if (isApiMemberOfInstance(node)) return undefined;
      found = propertyClassOf(node.object, memberKey(node.property, node.computed), node.property.type === AST_NODE_TYPES.PrivateIdentifier);
      // `stores.main` for `stores: Record<string, Session>` or `{ [id: string]: Session }`, as `stores['main']`.
      if (!found && node.object.type !== AST_NODE_TYPES.ThisExpression && declarationOf(node.object)?.annotation) found = recordValueClassOf(node.object);
    } else if (node.type === AST_NODE_TYPES.ThisExpression) {
      // `function f(this: Session) { this.generate(…) }`.
      const thisType = declaredThisOf(node);
      found = thisType && classOf(thisType);
    } else if (node.type === AST_NODE_TYPES.TSNonNullExpression) {
      found = instanceOf(node.expression);
    } else if (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion) {
      // `x as Session` says what it holds; `stub as unknown as Session` says only that it is not checked.
      found = isForcedCast(node) || isUncheckedAssertion(node) || isAssertionFromAny(node) ? undefined : (classOf(node.typeAnnotation) ?? instanceOf(node.expression));
    } else if (node.type === AST_NODE_TYPES.TSSatisfiesExpression) {
      found = instanceOf(node.expression) ?? satisfiedClassOf(node);
    } else {
      found = producedBy(node);
    }
    // `Agent.prototype` is typed as an instance, but has none of the fields the constructor sets
    // (`session`): left as untyped linting leaves it.
    if (found || !typeOracle || (node.type === AST_NODE_TYPES.MemberExpression && memberKey(node.property, node.computed) === 'prototype') || givenByPackageApi(node)) return found;
    return trustedType(node, typeOracle.instanceOf(node));
  };

  /** By 1.x class name, the 1.x member names the file gives the 2.0 class (collected on first use). */
  let polyfills: Map<string, Set<string>> | undefined;
  const polyfilledMembers = (): Map<string, Set<string>> => {
    if (polyfills) return polyfills;
    polyfills = new Map();
    const add = (tracked: TrackedClass | undefined, name: string | undefined): void => {
      if (tracked?.version !== 2 || name === undefined) return;
      let names = polyfills!.get(tracked.legacyName);
      if (!names) polyfills!.set(tracked.legacyName, (names = new Set()));
      names.add(name);
    };
    if (!mayName(sourceCode.text, ['prototype', 'declare module'])) return polyfills;
    const visit = (node: TSESTree.Node): void => {
      // `declare module 'abstractagent' { interface Agent { generate(p: string): Promise<string> } }`
      if (node.type === AST_NODE_TYPES.TSModuleDeclaration && node.id.type === AST_NODE_TYPES.Literal && node.body) {
        for (const statement of node.body.body) {
          const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
          if (declaration?.type !== AST_NODE_TYPES.TSInterfaceDeclaration) continue;
          const tracked = trackedClassOf(node.id.value, declaration.id.name);
          for (const member of declaration.body.body) if ('key' in member) add(tracked, staticKeyName(member.key, member.computed));
        }
      }
      // `Agent.prototype.generate = …`, `Object.assign(Agent.prototype, { generate… })`,
      // `Object.defineProperty(Agent.prototype, 'generate', …)`; the prototype handed anywhere
      // else (`const proto = Agent.prototype`) may get any member.
      if (node.type === AST_NODE_TYPES.MemberExpression && staticKeyName(node.property, node.computed) === 'prototype') {
        const tracked = classOf(node.object);
        if (tracked?.version === 2) for (const name of prototypeMembersWritten(node)) add(tracked, name);
      }
      forEachChild(node, visit, sourceCode.visitorKeys);
    };
    visit(sourceCode.ast);
    return polyfills;
  };

  const ownsMember = (tracked: TrackedClass, name: string): boolean => {
    if (tracked.foreignMembers?.includes(name)) return false;
    const polyfilled = polyfilledMembers().get(tracked.legacyName);
    return !polyfilled?.has(name) && !polyfilled?.has('*');
  };

  /** The class a value holds on some paths only: a variable or a field written with one and with something else. */
  const maybeHeld = (node: TSESTree.Node): TrackedClass | undefined => {
    if (instanceOf(node)) return undefined;
    return maybeHeldSyntactically(node) ?? (typeOracle && !givenByPackageApi(node) && typeOracle.maybeInstanceOf(node) && !mayHoldForcedValue(node) ? typeOracle.maybeInstanceOf(node) : undefined);
  };
  const maybeHeldSyntactically = (node: TSESTree.Node): TrackedClass | undefined => {
    // `byName.get('a')!`, `team[0]!`: what the expression under the type wrapper holds.
    if (isTypeWrapper(node)) return maybeHeldSyntactically(node.expression);
    // `offline ? stub : new Agent(…)`, `cached ?? new Agent(…)`: an instance on one side only.
    if (node.type === AST_NODE_TYPES.ConditionalExpression || (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '??' || node.operator === '||'))) {
      const sides = node.type === AST_NODE_TYPES.ConditionalExpression ? [node.consequent, node.alternate] : [node.left, node.right];
      return sameClassOfAll(sides.map((side) => instanceOf(side) ?? maybeHeldSyntactically(side)).filter((one) => one !== undefined));
    }
    // `make(true)` for `function make(real: boolean): Agent` returning `new Agent(…)` and `fake as never`.
    const call = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
    const declared = call.type === AST_NODE_TYPES.CallExpression ? calledFunction(call) : undefined;
    const returned = declared?.returnType?.typeAnnotation;
    if (declared && returned && hasBody(declared) && declared.body.type === AST_NODE_TYPES.BlockStatement) {
      const values = returnedValuesOf(declared.body);
      const made = values.some((value) => !!value && !isForcedWrite(value) && !!instanceOf(value));
      return made && values.some((value) => !!value && isForcedWrite(value)) ? classOf(node === call ? returned : (promisedType(returned) ?? returned)) : undefined;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = resolveName(sourceCode.getScope(node), node.name);
      return variable && (maybeVariables.get(variable) ?? maybeElementBinding(variable) ?? maybeInitialised(node, variable));
    }
    // `byName.get('a')` of a map that may hold other values too.
    const map = calledMethodOf(node, 'get');
    if (map) return maybeCollectionOf(map);
    if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    // `team[2]` of a collection that may hold other values too.
    if (node.computed) return maybeCollectionOf(node.object);
    const name = memberKey(node.property, node.computed);
    const body = node.object.type === AST_NODE_TYPES.ThisExpression ? enclosingClassBody(node.object) : localClassOf(node.object);
    if (!body || name === undefined) return undefined;
    // Held by the class's own field, but a subclass of the file holds something else there.
    const own = fieldsOf(body).get(name);
    if (own && !fieldOfClass(body, name)) return own;
    return maybeFields.get(body)?.get(name) ?? maybeGotten(body, name);
  };
  /** `const a = offline ? stub : new Agent(…)` (no annotation, never assigned again): what its initialiser holds on some paths. */
  const initialisedSeen = new Set<Variable>();
  const maybeInitialised = (identifier: TSESTree.Identifier, variable: Variable): TrackedClass | undefined => {
    const declared = declarationOf(identifier);
    const init = declared && !declared.annotation && (declared.constant || !isAssignedAgain(variable)) ? declared.init : undefined;
    if (!init || initialisedSeen.has(variable)) return undefined;
    initialisedSeen.add(variable);
    try {
      // `const a2 = a1` thousands deep: too deep reads as nothing held.
      return bounded(() => maybeHeldSyntactically(init));
    } finally {
      initialisedSeen.delete(variable);
    }
  };
  /** `get agent() { return this._agent; }` (no return type) for a `_agent` held on some paths only: so is what it gives. */
  const gettersSeen = new Set<TSESTree.Node>();
  const maybeGotten = (body: TSESTree.ClassBody, name: string): TrackedClass | undefined => {
    const getter = fieldDeclarationIn(body, name);
    if (getter?.kind !== 'getter' || getter.annotation || !getter.getterBody || gettersSeen.has(getter.getterBody)) return undefined;
    gettersSeen.add(getter.getterBody);
    try {
      const classes = returnedValuesOf(getter.getterBody).map((value) => value && (instanceOf(value) ?? maybeHeld(value)));
      return sameClassOfAll(classes);
    } finally {
      gettersSeen.delete(getter.getterBody);
    }
  };

  return {
    maybeHeld,
    ownsMember,
    classOf,
    instanceOf,
    creationOf,
    elementOf: (array, indexed) => elementClassOf(array, indexed ? 'indexed' : 'iterated'),
    propertyOf: (object, name) => propertyClassOf(object, name),
    typePropertyOf: interfacePropertyOf,
    callbackParameterOf,
  };
}

/**
 * `stub as unknown as Session`, `<Session>(<any>stub)`, `stub as never as Session`: an assertion of what the value was first
 * cast away from, which TypeScript does not check and the value need not be (a test double).
 */
function isForcedCast(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
  // `stub as unknown as Agent as Agent`: asserted again, still forced.
  const inner = uncheckedWrapped(node.expression);
  return isAssertionToAnyType(inner) || isForcedCast(inner);
}

/** `x as any`, `<unknown>x`, `x as never`: an assertion to a type every value passes for. */
function isAssertionToAnyType(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
  const type = node.typeAnnotation.type;
  return type === AST_NODE_TYPES.TSAnyKeyword || type === AST_NODE_TYPES.TSUnknownKeyword || type === AST_NODE_TYPES.TSNeverKeyword;
}

/** The expression under `x!` and `x satisfies T`, which change nothing a cast forced. */
function uncheckedWrapped(node: TSESTree.Node): TSESTree.Node {
  let inner = node;
  while (inner.type === AST_NODE_TYPES.TSNonNullExpression || inner.type === AST_NODE_TYPES.TSSatisfiesExpression) inner = inner.expression;
  return inner;
}

/**
 * The values a function body returns (`undefined` for a bare `return;`), not counting those of the
 * functions and classes nested in it.
 */
function returnedValuesOf(body: TSESTree.BlockStatement): (TSESTree.Expression | undefined)[] {
  const values: (TSESTree.Expression | undefined)[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) values.push(node.argument ?? undefined);
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.ClassBody
    ) {
      return;
    }
    forEachChild(node, visit);
  };
  forEachChild(body, visit);
  return values;
}

/**
 * Whether an expression is a class as code uses one: constructed (`new Bot(…)`), reached into
 * (`Bot.load(…)`) or a JSX tag. Only there is the class read off the types: `classOf` is also asked
 * of every annotation, where the syntax answers alone.
 */
function isClassInUse(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === node) ||
    (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
    (parent?.type === AST_NODE_TYPES.JSXOpeningElement && parent.name === node)
  );
}

/** Whether a module specifier is not one of the packages' (a module of the project, or not written as a string). */
function fromProject(source: TSESTree.Node | undefined): boolean {
  const specifier = source && staticString(source);
  return specifier === undefined || !isPackageSpecifier(specifier);
}

/**
 * A value forced into whatever type it meets: `x as unknown as T`, `x as any`, `<any>x`, `x as never`,
 * also on one path only (`offline ? (stub as never) : new Agent(…)`, `cached ?? (stub as never)`).
 */
function isForcedValue(node: TSESTree.Node): boolean {
  return valueBranches(node).some((branch) => isAssertionToAnyType(branch) || isForcedCast(branch) || isProxy(branch));
}

/**
 * The expressions a value may come from: both sides of a conditional, `??`, `||` and `&&` (at any
 * depth), the last of a sequence, each under `x!` and `satisfies` taken off; otherwise the value.
 */
function valueBranches(node: TSESTree.Node): TSESTree.Node[] {
  const inner = uncheckedWrapped(node);
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) return [...valueBranches(inner.consequent), ...valueBranches(inner.alternate)];
  if (inner.type === AST_NODE_TYPES.LogicalExpression) return [...valueBranches(inner.left), ...valueBranches(inner.right)];
  if (inner.type === AST_NODE_TYPES.SequenceExpression) return valueBranches(inner.expressions.at(-1)!);
  return [inner];
}

/**
 * `new Proxy(agent, handler)`: typed as its target, but every member is what the handler makes
 * it (`get(t, k) { if (k === 'generate') … }`), so its type says nothing of what `generate` does.
 */
function isProxy(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Proxy';
}

/** A forced value, or an array or object literal with one among its elements or property values. */
function holdsForcedValue(node: TSESTree.Node): boolean {
  if (isForcedValue(node)) return true;
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.some((element) => !!element && holdsForcedValue(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element));
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node.properties.some((property) => holdsForcedValue(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
  return false;
}

/** The targets a destructuring pattern writes (identifiers and members), at any depth. */
function patternTargets(pattern: TSESTree.Node): TSESTree.Node[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? patternTargets(element) : []));
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => patternTargets(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
    case AST_NODE_TYPES.AssignmentPattern:
      return patternTargets(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return patternTargets(pattern.argument);
    default:
      return [pattern];
  }
}

/** `(s as any) = stub`, `(this.agent as Agent) = stub`: the target under a type wrapper is written. */
function isWrittenThroughWrapper(node: TSESTree.Node): boolean {
  let target = node;
  while (target.parent && isTypeWrapper(target.parent) && target.parent.expression === target) target = target.parent;
  return target !== node && isWritten(target);
}

/** What the file writes to the members of one name: the values, and whether one write is forced whatever its value. */
interface MemberValues {
  forced: boolean;
  values: TSESTree.Node[];
  /** What the file puts into a collection of that name: `x.team.push(v)`, `x.bots[k] = v`. */
  elements: TSESTree.Node[];
}

/**
 * By member name, what the file writes to members of that name: `x.agent = stub`, a field
 * `agent = stub`, a property `{ agent: stub }`. A write through a type wrapper
 * (`(this.agent as any) = stub`) or a pattern given a forced value
 * (`[this.pool] = [stub as unknown as Agent]`) is forced whatever the value. By name, wherever the
 * object: a member of a name given a forced value somewhere is not trusted to be what its type
 * says (one syntactic walk, made only under type information; the values are judged when a name is asked about).
 */
function collectMemberValues(program: TSESTree.Program, keys?: VisitorKeys): Map<string, MemberValues> {
  const byName = new Map<string, MemberValues>();
  const entry = (name: string): MemberValues => {
    let written = byName.get(name);
    if (!written) byName.set(name, (written = { forced: false, values: [], elements: [] }));
    return written;
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      let target: TSESTree.Node = node.left;
      while (isTypeWrapper(target)) target = target.expression;
      const name = target.type === AST_NODE_TYPES.MemberExpression ? memberKey(target.property, target.computed) : undefined;
      if (name !== undefined) {
        if (target !== node.left) entry(name).forced = true;
        else entry(name).values.push(node.right);
      }
      // `this.bots[k] = v`: an element of the collection `bots`.
      const collection = target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.MemberExpression ? memberKey(target.object.property, target.object.computed) : undefined;
      if (collection !== undefined) entry(collection).elements.push(node.right);
      if ((target.type === AST_NODE_TYPES.ArrayPattern || target.type === AST_NODE_TYPES.ObjectPattern) && holdsForcedValue(node.right)) {
        for (const member of patternTargets(target)) {
          const written = member.type === AST_NODE_TYPES.MemberExpression ? memberKey(member.property, member.computed) : undefined;
          if (written !== undefined) entry(written).forced = true;
        }
      }
    } else if (node.type === AST_NODE_TYPES.TSParameterProperty) {
      // `constructor(private helper: Agent)`: what a `new Bot(…)` gives it (`isParameterGivenForced`), and its default.
      const id = node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.left : node.parameter;
      if (id.type === AST_NODE_TYPES.Identifier) {
        entry(id.name).values.push(id);
        if (node.parameter.type === AST_NODE_TYPES.AssignmentPattern) entry(id.name).values.push(node.parameter.right);
      }
    } else if (
      (node.type === AST_NODE_TYPES.PropertyDefinition ||
        (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectExpression) ||
        (node.type === AST_NODE_TYPES.MethodDefinition && node.kind === 'get')) &&
      node.value
    ) {
      const name = memberKey(node.key, node.computed);
      if (name !== undefined) entry(name).values.push(node.value);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      // `Object.assign(bot, { agent: stub })`: not checked against the target's type. Of a fresh
      // object (`Object.assign({}, defaults)`) nothing is read back as another value's member.
      const reflective = reflectiveWrites(node);
      if (reflective && reflective.target.type !== AST_NODE_TYPES.ObjectExpression && reflective.target.type !== AST_NODE_TYPES.ArrayExpression) {
        for (const write of reflective.writes) entry(write.name).forced = true;
      }
      // `this.team.push(v)`, `deps.byName.set(k, v)`: elements of the collection `team`, `byName`.
      if (node.callee.type === AST_NODE_TYPES.MemberExpression && node.callee.object.type === AST_NODE_TYPES.MemberExpression) {
        const method = staticKeyName(node.callee.property, node.callee.computed);
        const collection = memberKey(node.callee.object.property, node.callee.object.computed);
        if (method !== undefined && collectionAdders.has(method) && collection !== undefined) {
          entry(collection).elements.push(...node.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument)));
        }
      }
    }
    forEachChild(node, visit, keys);
  };
  visit(program);
  return byName;
}

/** The type of the property signature `name` among an object type's members. */
function propertySignatureType(members: readonly TSESTree.TypeElement[], name: string): TSESTree.TypeNode | undefined {
  for (const member of members) {
    if (member.type === AST_NODE_TYPES.TSPropertySignature && staticKeyName(member.key, member.computed) === name && member.typeAnnotation) {
      return member.typeAnnotation.typeAnnotation;
    }
  }
  return undefined;
}

/** The keys a type written as string literals names: `'a'`, `'a' | 'b'`; undefined for any other type. */
function literalKeysOf(type: TSESTree.TypeNode): Set<string> | undefined {
  const parts = type.type === AST_NODE_TYPES.TSUnionType ? type.types : [type];
  const keys = new Set<string>();
  for (const part of parts) {
    if (part.type !== AST_NODE_TYPES.TSLiteralType || part.literal.type !== AST_NODE_TYPES.Literal || typeof part.literal.value !== 'string') return undefined;
    keys.add(part.literal.value);
  }
  return keys;
}

/** Whether a type names `name` anywhere in it (`T`, `() => Promise<T>`, `T[]`). */
function mentionsTypeName(type: TSESTree.Node, name: string): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.TSTypeReference && node.typeName.type === AST_NODE_TYPES.Identifier && node.typeName.name === name) found = true;
    else forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/** A function's parameters but a leading `this` one (`function (this: Agent, reply)`), which takes no argument. */
function withoutThis(params: readonly TSESTree.Parameter[]): readonly TSESTree.Parameter[] {
  const [first] = params;
  return first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? params.slice(1) : params;
}

/** What a call gives a function's parameters, in order. */
interface ArgumentList {
  readonly arguments: readonly TSESTree.CallExpressionArgument[];
  /** An array given as the arguments in whole (`f.apply(self, list)`). */
  readonly whole?: TSESTree.Node;
}

/** The global names of the global object (`globalThis.x` is the global `x`). */
const globalObjectNames: ReadonlySet<string> = new Set(['globalThis', 'window', 'global', 'self']);

/** Methods that put values into an array, a set or a map. */
const collectionAdders: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'fill', 'add', 'set']);

/** Array methods that return an array of the same elements (`team.slice(1)`, `team.toSorted(byId)`). */
const sameElementMethods: ReadonlySet<string> = new Set(['slice', 'toSorted', 'toReversed', 'sort', 'reverse']);

/** Array methods whose callback gets an element as its first parameter. */
export const arrayCallbackMethods: ReadonlySet<string> = new Set(['map', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap']);

/** Whether a function is a getter's (`get agent() { … }`, in a class or an object literal). */
function isGetter(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property) && parent.kind === 'get' && parent.value === fn;
}


/** How deep the tracker's nested questions may go (a chain of aliases or array methods this long is not real code). */
const maxDepth = 400;

/** How elements of a collection are reached, which decides what kinds of collection may hold them. */
type ElementAccess = 'iterated' | 'searched' | 'indexed';

const promiseTypes: ReadonlySet<string> = new Set(['Promise']);
// A `WeakMap` has a `get` and no iteration: only its `get` reaches a value.
const mapTypes: ReadonlySet<string> = new Set(['Map', 'ReadonlyMap', 'WeakMap']);
/** Global wrappers whose properties keep the types the wrapped type gives them (`Pick` and `Omit` for the keys they keep). */
const propertyKeepingTypes: ReadonlySet<string> = new Set(['Partial', 'Readonly', 'Required', 'NonNullable', 'Pick', 'Omit']);
const recordTypes: ReadonlySet<string> = new Set(['Record']);
const arrayTypes: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray']);
const iterableTypes: ReadonlySet<string> = new Set([...arrayTypes, 'Set', 'ReadonlySet']);

/**
 * An instance member of a class that reads like a field: a field or accessor (`session: Session`,
 * `team = [new Session()]`), a getter (`get session(): Session`), a constructor parameter property
 * (`constructor(private team: Session[])`). One reading for what a field holds, what type it is
 * declared with and how `this.x` is declared, so the three cannot disagree.
 */
export interface FieldDeclaration {
  readonly name: string;
  /** Where it is named: the key, or the parameter property's name. */
  readonly key: TSESTree.Node;
  readonly kind: 'field' | 'getter' | 'parameter';
  /** The type written on it: a field's, a getter's return type, a parameter property's. */
  readonly annotation?: TSESTree.TypeNode;
  /** What it starts as: a field's initialiser, a parameter property's default. */
  readonly init?: TSESTree.Expression | null;
  /** `readonly` (a getter is not written to either, but what it returns is its body's). */
  readonly constant: boolean;
  /** A getter's body, which says what it holds when no return type does. */
  readonly getterBody?: TSESTree.BlockStatement | null;
}

const fieldDeclarationCache = new WeakMap<TSESTree.ClassBody, readonly FieldDeclaration[]>();

/** The instance members of a class body that read like fields, in the order they are declared. */
export function fieldDeclarationsOf(body: TSESTree.ClassBody): readonly FieldDeclaration[] {
  let fields = fieldDeclarationCache.get(body);
  if (fields) return fields;
  const found: FieldDeclaration[] = [];
  for (const member of body.body) {
    if (
      (member.type === AST_NODE_TYPES.PropertyDefinition ||
        member.type === AST_NODE_TYPES.AccessorProperty ||
        member.type === AST_NODE_TYPES.TSAbstractPropertyDefinition ||
        member.type === AST_NODE_TYPES.TSAbstractAccessorProperty) &&
      !member.static
    ) {
      const name = memberKey(member.key, member.computed);
      if (name !== undefined) found.push({ name, key: member.key, kind: 'field', annotation: member.typeAnnotation?.typeAnnotation, init: member.value, constant: member.readonly });
    } else if ((member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition) && member.kind === 'get' && !member.static) {
      const name = memberKey(member.key, member.computed);
      if (name !== undefined) found.push({ name, key: member.key, kind: 'getter', annotation: member.value.returnType?.typeAnnotation, constant: false, getterBody: member.value.body });
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const param of member.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const id = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (id.type !== AST_NODE_TYPES.Identifier) continue;
        const init = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.right : undefined;
        found.push({ name: id.name, key: id, kind: 'parameter', annotation: id.typeAnnotation?.typeAnnotation, init, constant: param.readonly });
      }
    }
  }
  fields = found;
  fieldDeclarationCache.set(body, fields);
  return fields;
}

/** The type written on a definition's name (`x: Map<string, Session>`), if any. */
function annotationOf(def: TSESLint.Scope.Definition): TSESTree.TypeNode | undefined {
  // `...sessions: Session[]`: the annotation is on the rest element.
  const rest = def.type === 'Parameter' && def.name.parent?.type === AST_NODE_TYPES.RestElement && def.name.parent.argument === def.name ? def.name.parent : undefined;
  const named = rest ?? def.name;
  return 'typeAnnotation' in named ? named.typeAnnotation?.typeAnnotation : undefined;
}

function sameClass(a: TrackedClass | undefined, b: TrackedClass): boolean {
  return a?.legacyName === b.legacyName;
}

/** The class every one of `classes` is (`return a` and `return b` of one function), if they agree and there is one. */
function sameClassOfAll(classes: readonly (TrackedClass | undefined)[]): TrackedClass | undefined {
  const [first] = classes;
  return first && classes.every((tracked) => sameClass(tracked, first)) ? first : undefined;
}

/**
 * What `variable` is bound to by a top-level import (`import { Session }`, `import * as llm`,
 * `import llm = require(…)`) or by a load anywhere (`const { Session } = require(…)`,
 * `const llm = await import(…)`: a lazy load in a handler counts too).
 */
function importedBindingOf(variable: Variable, program: TSESTree.Program): ImportedBinding | undefined {
  for (const def of variable.defs) {
    if (def.type === 'ImportBinding') {
      const node = def.node as TSESTree.Node;
      if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        if (node.parent !== program || node.moduleReference.type !== AST_NODE_TYPES.TSExternalModuleReference) continue;
        const specifier = staticString(node.moduleReference.expression);
        if (specifier !== undefined) return { namespace: specifier };
        continue;
      }
      const declaration = node.parent;
      if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.parent !== program) continue;
      if (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { namespace: declaration.source.value };
      if (node.type === AST_NODE_TYPES.ImportSpecifier) {
        const tracked = trackedClassOf(declaration.source.value, moduleExportName(node.imported));
        if (tracked) return { class: tracked };
      }
      continue;
    }
    if (def.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) continue;
    const specifier = loadedSpecifier(def.node.init);
    if (specifier === undefined) continue;
    const { id } = def.node;
    if (id === def.name) return { namespace: specifier };
    if (id.type !== AST_NODE_TYPES.ObjectPattern) continue;
    const property = id.properties.find((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name);
    const key = property?.type === AST_NODE_TYPES.Property ? staticKeyName(property.key, property.computed) : undefined;
    const tracked = key === undefined ? undefined : trackedClassOf(specifier, key);
    if (tracked) return { class: tracked };
  }
  return undefined;
}

/** `require('x')` / `await import('x')`: the module a declarator loads. */
function loadedSpecifier(init: TSESTree.Expression | null): string | undefined {
  if (!init) return undefined;
  if (init.type === AST_NODE_TYPES.AwaitExpression && init.argument.type === AST_NODE_TYPES.ImportExpression) {
    return staticString(init.argument.source);
  }
  if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require') {
    return staticString(init.arguments[0]);
  }
  return undefined;
}

/**
 * The class body whose instance `this` is at `node` (arrow functions keep `this`; other functions
 * do not); with `staticMembers`, the class body whose class `this` is, in a static member.
 */
function enclosingClassBody(node: TSESTree.Node, staticMembers = false): TSESTree.ClassBody | undefined {
  let functionSeen = false;
  let inStatic = false;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return inStatic === staticMembers ? current : undefined;
    // In a static method, block or field, `this` is the class itself, not an instance.
    if (current.type === AST_NODE_TYPES.StaticBlock) inStatic = true;
    if ((current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) && current.static) inStatic = true;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      // A method's own function is fine; a function nested inside it rebinds `this`.
      const method = current.parent;
      const isMethod = method?.type === AST_NODE_TYPES.MethodDefinition || method?.type === AST_NODE_TYPES.TSAbstractMethodDefinition;
      if (!isMethod || functionSeen) return undefined;
      if (method.static) inStatic = true;
      functionSeen = true;
    }
  }
  return undefined;
}

/**
 * A write of `this.name` in a class body: `value` is what a plain `=` (or `||=`, `&&=`, `??=`,
 * which keep the old value or store it) stores; any other write (`+=`, `++`, a destructuring
 * target, a `for (this.name of …)` head, `delete`) stores something no analysis proves.
 */
interface ThisWrite {
  name: string;
  value?: TSESTree.Expression;
  /** Written by `Object.assign`, `Object.defineProperty` or `Reflect.set`, which TypeScript does not check against the target's type. */
  unchecked?: boolean;
}

/** `*` (any member) in `writes` as a write of each of `names` that is not a `#private` one (no reflection nor `this[k]` reaches those). */
function withAnyFieldWritten(writes: readonly ThisWrite[], names: readonly string[]): ThisWrite[] {
  if (!writes.some((write) => write.name === '*')) return [...writes];
  const all = new Set([...names, ...writes.map((write) => write.name)]);
  all.delete('*');
  return writes.flatMap((write) => (write.name === '*' ? anyFieldWrites(all, write.unchecked) : [write]));
}
function anyFieldWrites(names: Iterable<string>, unchecked: boolean | undefined): ThisWrite[] {
  return [...names].filter((name) => !name.startsWith('#')).map((name) => ({ name, value: undefined, unchecked }));
}

/**
 * The members a call of `Object.assign`, `Object.defineProperty(ies)`, `Reflect.set` or
 * `Reflect.defineProperty` writes on its first argument (under any type wrapper), none of which
 * TypeScript checks against the target's type: `Object.assign(x, { agent })` writes `agent` with
 * that value, a source that is not such a literal any member (`*`).
 */
function reflectiveWrites(call: TSESTree.CallExpression): { target: TSESTree.Node; writes: ThisWrite[] } | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const method = `${callee.object.name}.${staticKeyName(callee.property, callee.computed) ?? ''}`;
  const [first, second, third] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || !reflectiveWriters.has(method)) return undefined;
  let target: TSESTree.Node = first;
  while (isTypeWrapper(target)) target = target.expression;
  const any: ThisWrite[] = [{ name: '*', unchecked: true }];
  // A string key names a property, never a `#private` field.
  const named = (key: TSESTree.Node | undefined, value?: TSESTree.Node): ThisWrite[] => {
    const name = key && key.type !== AST_NODE_TYPES.SpreadElement ? staticString(key) : undefined;
    if (name === undefined) return any;
    return name.startsWith('#') ? [] : [{ name, value: value && value.type !== AST_NODE_TYPES.SpreadElement ? (value as TSESTree.Expression) : undefined, unchecked: true }];
  };
  const keysOf = (source: TSESTree.Node | undefined, withValues: boolean): ThisWrite[] => {
    if (source?.type !== AST_NODE_TYPES.ObjectExpression) return any;
    return source.properties.flatMap((property): ThisWrite[] => {
      const name = property.type === AST_NODE_TYPES.Property ? staticKeyName(property.key, property.computed) : undefined;
      if (property.type !== AST_NODE_TYPES.Property || name === undefined) return any;
      return [{ name, value: withValues && property.kind === 'init' ? (property.value as TSESTree.Expression) : undefined, unchecked: true }];
    });
  };
  let writes: ThisWrite[];
  if (method === 'Object.assign') writes = call.arguments.slice(1).flatMap((source) => keysOf(source, true));
  else if (method === 'Object.defineProperties') writes = keysOf(second, false);
  else if (method === 'Reflect.set') writes = named(second, third);
  else writes = named(second); // Object.defineProperty, Reflect.defineProperty
  return { target, writes };
}
const reflectiveWriters: ReadonlySet<string> = new Set(['Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Reflect.set', 'Reflect.defineProperty']);

/** The writes of `this.name` in a class body: in its instance members, and in its static members (where `this` is the class). */
function collectThisWrites(body: TSESTree.ClassBody, keys?: VisitorKeys): { instance: ThisWrite[]; static: ThisWrite[] } {
  const writes = { instance: [] as ThisWrite[], static: [] as ThisWrite[] };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) recordWrite(node);
    // `Object.assign(this, options)`, `Reflect.set(this, key, value)`.
    const reflective = node.type === AST_NODE_TYPES.CallExpression ? reflectiveWrites(node) : undefined;
    if (reflective?.target.type === AST_NODE_TYPES.ThisExpression) intoOf(reflective.target)?.push(...reflective.writes);
    forEachChild(node, visit, keys);
  };
  const intoOf = (node: TSESTree.Node): ThisWrite[] | undefined =>
    enclosingClassBody(node) === body ? writes.instance : enclosingClassBody(node, true) === body ? writes.static : undefined;
  const recordWrite = (node: TSESTree.MemberExpression): void => {
    // `(this.session as any) = stub`, `this.session! = stub`: the member under a type wrapper is written.
    let target: TSESTree.Node = node;
    while (target.parent && isTypeWrapper(target.parent) && target.parent.expression === target) target = target.parent;
    if (isWritten(target)) {
      // `this[key] = value` with a key this cannot read may write any field (`*`).
      const name = memberKey(node.property, node.computed) ?? '*';
      const into = intoOf(node);
      if (into) {
        const parent = target.parent;
        const stores = parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === target && ['=', '||=', '&&=', '??='].includes(parent.operator);
        into.push({ name, value: stores ? parent.right : undefined, unchecked: patternGivenForced(target) });
      }
    }
  };
  visit(body);
  return writes;
}

/**
 * The members a use of `C.prototype` gives the class: `C.prototype.x = …` writes `x`;
 * `Object.assign(C.prototype, { x })` and `Object.defineProperties(C.prototype, { x: … })` their
 * keys; `Object.defineProperty(C.prototype, 'x', …)` (and a spy, `vi.spyOn(C.prototype, 'x')`)
 * `x`; a read (`C.prototype.x.call(…)`, `Object.keys(C.prototype)`) nothing; any other use may
 * write any member (`*`).
 */
function prototypeMembersWritten(prototype: TSESTree.MemberExpression): string[] {
  const parent = prototype.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === prototype) {
    const name = memberKey(parent.property, parent.computed);
    return !isWritten(parent) ? [] : name === undefined ? ['*'] : [name];
  }
  // `x instanceof …`, `'generate' in Agent.prototype`: reads.
  if (parent?.type === AST_NODE_TYPES.BinaryExpression) return [];
  const callee = parent?.type === AST_NODE_TYPES.CallExpression ? parent.callee : undefined;
  const namespace = callee?.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : undefined;
  // `Object.setPrototypeOf(Sub.prototype, Agent.prototype)`, `Object.create(…, …)`: it is given, not written.
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] !== prototype && parent.arguments.includes(prototype) && namespace === 'Object') return [];
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === prototype) {
    const method = callee?.type === AST_NODE_TYPES.MemberExpression && (namespace === 'Object' || namespace === 'Reflect') ? staticKeyName(callee.property, callee.computed) : undefined;
    const [, second] = parent.arguments;
    if (method !== undefined && prototypeReaders.has(method)) return [];
    // `Object.defineProperty(C.prototype, 'x', …)`, `vi.spyOn(C.prototype, 'chat')`: the member named.
    const named = staticString(second);
    if (named !== undefined) return [named];
    if ((method === 'assign' || method === 'defineProperties') && parent.arguments.length === 2 && second?.type === AST_NODE_TYPES.ObjectExpression) {
      const names = second.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? staticKeyName(property.key, property.computed) : undefined));
      return names.every((name) => name !== undefined) ? (names as string[]) : ['*'];
    }
  }
  return ['*'];
}

/** `Object` functions that only read what they are given. */
const prototypeReaders: ReadonlySet<string> = new Set([
  'getOwnPropertyNames',
  'getOwnPropertyDescriptor',
  'getOwnPropertyDescriptors',
  'keys',
  'entries',
  'values',
  'getPrototypeOf',
  'isPrototypeOf',
  // `Object.create(Agent.prototype)` makes a new object from it; freezing writes nothing.
  'create',
  'freeze',
  'isFrozen',
  'seal',
  'isSealed',
  'isExtensible',
  'preventExtensions',
  // `Reflect`'s readers.
  'ownKeys',
  'has',
  'get',
]);

/**
 * Whether a function body writes a member of its own `this` (`this.x = …`, `this[k]++`) or hands
 * `this` on (`Object.assign(this, o)`, `const self = this`); arrows keep that `this`, other
 * functions and classes nested in it have their own.
 */
function writesThis(body: TSESTree.Node): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.ClassBody) return;
    if (node.type === AST_NODE_TYPES.ThisExpression) {
      const member = node.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || isWritten(member) || isWrittenThroughWrapper(member)) found = true;
      return;
    }
    forEachChild(node, visit);
  };
  forEachChild(body, visit);
  return found;
}

/** Whether code outside every function and class writes a member of `this` (`this.x = …`). */
function writesTopLevelThis(ast: TSESTree.Program, keys?: VisitorKeys): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found || isFunction(node) || node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.ClassBody) return;
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && isWritten(node)) found = true;
    forEachChild(node, visit, keys);
  };
  visit(ast);
  return found;
}

/** A member written anywhere but through `this`: `a.#agent = stub`, `bot.agent = stub`. */
interface MemberWrite extends ThisWrite {
  /** What is written through: `bot` of `bot.agent = …` or of `Object.assign(bot, …)`. */
  readonly object: TSESTree.Node;
  /** The member written, for a write that names it (`bot.agent`, `a.#agent`). */
  readonly member?: TSESTree.MemberExpression;
}

function collectMemberWrites(ast: TSESTree.Program, keys?: VisitorKeys): MemberWrite[] {
  const writes: MemberWrite[] = [];
  const visit = (node: TSESTree.Node): void => {
    // `this.agent = stub` in a function that is no method (`function offline() { … }`, later
    // `offline.call(bot)` or `bot.off = offline.bind(bot)`): its `this` may be any object.
    const unboundThis = node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && !enclosingClassBody(node) && !enclosingClassBody(node, true) && !!enclosingFunction(node);
    if (node.type === AST_NODE_TYPES.MemberExpression && (node.object.type !== AST_NODE_TYPES.ThisExpression || unboundThis)) {
      let target: TSESTree.Node = node;
      while (target.parent && isTypeWrapper(target.parent) && target.parent.expression === target) target = target.parent;
      if (isWritten(target)) {
        const parent = target.parent;
        const stores = parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === target && ['=', '||=', '&&=', '??='].includes(parent.operator);
        // `o[key] = …` with a key this cannot read may write any member (`*`).
        writes.push({ name: memberKey(node.property, node.computed) ?? '*', value: stores ? parent.right : undefined, unchecked: patternGivenForced(target), object: node.object, member: node });
      }
    }
    // `Object.assign(bot, { agent: stub })`, `Reflect.set(bots, 'offline', stub)`.
    const reflective = node.type === AST_NODE_TYPES.CallExpression ? reflectiveWrites(node) : undefined;
    if (reflective && reflective.target.type !== AST_NODE_TYPES.ThisExpression) for (const write of reflective.writes) writes.push({ ...write, object: reflective.target });
    forEachChild(node, visit, keys);
  };
  visit(ast);
  return writes;
}

/**
 * Whether a target of a destructuring assignment is given a forced value: `[pair[0]] = [stub as
 * never]`, `({ a: this.agent } = { a: stub as never })` (TypeScript checks the rest).
 */
function patternGivenForced(target: TSESTree.Node): boolean {
  let node = target;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.ArrayPattern ||
      node.parent.type === AST_NODE_TYPES.ObjectPattern ||
      node.parent.type === AST_NODE_TYPES.RestElement ||
      (node.parent.type === AST_NODE_TYPES.AssignmentPattern && node.parent.left === node) ||
      (node.parent.type === AST_NODE_TYPES.Property && node.parent.value === node && node.parent.parent.type === AST_NODE_TYPES.ObjectPattern))
  ) {
    // `[this.agent = stub as never] = []`: a default given in the pattern.
    if (node.parent.type === AST_NODE_TYPES.AssignmentPattern && holdsForcedValue(node.parent.right)) return true;
    node = node.parent;
  }
  const assignment = node.parent;
  return node !== target && assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === node && holdsForcedValue(assignment.right);
}

/** The innermost non-arrow function around a node (whose `this` the node's `this` is), if any. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) return current;
    if (current.type === AST_NODE_TYPES.ClassBody) return undefined;
  }
  return undefined;
}

/** The class body a private name (`x.#agent`) belongs to: the innermost enclosing one that declares it. */
function privateNameOwner(member: TSESTree.MemberExpression): TSESTree.ClassBody | undefined {
  if (member.property.type !== AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const name = member.property.name;
  for (let current: TSESTree.Node | undefined = member.parent; current; current = current.parent) {
    if (current.type !== AST_NODE_TYPES.ClassBody) continue;
    const declares = current.body.some(
      (element) => 'key' in element && element.key.type === AST_NODE_TYPES.PrivateIdentifier && element.key.name === name && !('static' in element && element.static),
    );
    if (declares) return current;
  }
  return undefined;
}

/** The type annotated on `this` (`function f(this: Session)`) of the function `this` belongs to. */
function declaredThisOf(node: TSESTree.ThisExpression): TSESTree.TypeNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue; // arrows keep the outer `this`
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const [first] = current.params;
      return first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? first.typeAnnotation?.typeAnnotation : undefined;
    }
    if (current.type === AST_NODE_TYPES.ClassBody || current.type === AST_NODE_TYPES.Program) return undefined;
  }
  return undefined;
}

/** Whether a variable is assigned again after its declaration (`let x = a; … x = b`). */
function isAssignedAgain(variable: Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/** `s.session = …`, `s.generate = …`: a member named like the classes' API (a 1.x name or either version's own) written through `object`. */
function writesApiMemberOf(object: TSESTree.Node): boolean {
  const name = writtenMemberOf(object);
  return name !== undefined && (isLegacyMemberName(name) || isApiMemberName(name));
}

/** Whether member `name` is written through a variable: `v.name = …`, `v.name++`, `[v.name] = …`. */
function writesMember(variable: Variable, name: string): boolean {
  return variable.references.some((reference) => writtenMemberOf(reference.identifier) === name);
}
