import { describe, expect, it } from 'vitest';
import { type Mutant, mutantKinds, mutantsOf } from './mutants.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const moduleFile = {
  name: 'chat.ts',
  text: lines(
    "import { Session, type SessionOptions } from 'abstractllm';",
    'export { runCli } from "abstractllm/cli";',
    '',
    'export const session = new Session();',
    'export default session;',
  ),
};

const scriptFile = {
  name: 'script.cjs',
  text: lines('#!/usr/bin/env node', "const { Session } = require('abstractllm');", 'module.exports = new Session();'),
};

function mutant(file: { name: string; text: string }, kind: Mutant['kind']): Mutant | undefined {
  return mutantsOf(file).find((candidate) => candidate.kind === kind);
}

describe('mutantsOf', () => {
  it('makes every kind of mutant of a TypeScript module, and only the kinds that apply to a CommonJS script', () => {
    // All but one: the module has no two imports in a row to put on one line.
    expect(mutantsOf(moduleFile).map((m) => m.kind)).toEqual(mutantKinds.filter((kind) => kind !== 'one-line-imports'));
    expect(mutantsOf(moduleFile).filter((m) => m.kind.endsWith('-extension')).map((m) => [m.name, m.text])).toEqual([
      ['chat.mts', moduleFile.text],
      ['chat.cts', moduleFile.text],
    ]);
    // No second shebang, no `export` in CommonJS, no namespace or type forms in JavaScript, no JSX
    // in a .cjs file (there is no .cjsx), no import statements to comment or to join.
    expect(mutantsOf(scriptFile).map((m) => m.kind)).toEqual([
      'crlf',
      'bom',
      'quote-swap',
      'collide-agent',
      'global-agent',
      'import-agent',
      'existing-2.0-imports',
      'shadow-agent',
      'local-session',
      'nested-uses',
      'inherited-keys',
      'shorthand',
      'wrap-function',
      'wrap-class',
      'no-semicolons',
      'combined',
      'other-package',
    ]);
  });

  it('moves the file to another package, so that it no longer uses abstractllm', () => {
    expect(mutant(scriptFile, 'other-package')?.text).toBe(scriptFile.text.replace("'abstractllm'", "'otherllm'"));
  });

  it('changes the line endings, adds a BOM or a shebang', () => {
    expect(mutant(moduleFile, 'crlf')?.text).toBe(moduleFile.text.replaceAll('\n', '\r\n'));
    expect(mutant(moduleFile, 'bom')?.text).toBe(`\uFEFF${moduleFile.text}`);
    expect(mutant(moduleFile, 'shebang')?.text).toBe(`#!/usr/bin/env node\n${moduleFile.text}`);
  });

  it('swaps the quotes of every string', () => {
    expect(mutant(scriptFile, 'quote-swap')?.text).toBe(
      lines('#!/usr/bin/env node', 'const { Session } = require("abstractllm");', 'module.exports = new Session();'),
    );
  });

  it('puts comments around the parts of import and export-from statements', () => {
    expect(mutant(moduleFile, 'import-comments')?.text).toBe(
      lines(
        'import /* keyword */ { // inside the braces',
        " Session, type SessionOptions } from /* source */ 'abstractllm' /* after */;",
        'export /* keyword */ { // inside the braces',
        ' runCli } from /* source */ "abstractllm/cli" /* after */;',
        '',
        'export const session = new Session();',
        'export default session;',
      ),
    );
  });

  it('adds colliding and shadowing bindings, uses of Session and re-exports of it', () => {
    const appended = (kind: Mutant['kind']) => mutant(moduleFile, kind)?.text.slice(moduleFile.text.length);
    expect(appended('collide-agent')).toBe(lines("const Agent = 'a local Agent';", "const TemporalMemory = 'a local TemporalMemory';", 'void [Agent, TemporalMemory];'));
    expect(appended('shadow-agent')).toBe(
      lines('function shadowedByParameters(Agent, TemporalMemory) {', '  return [Agent, TemporalMemory, typeof Session, typeof HierarchicalMemory];', '}', 'void shadowedByParameters;'),
    );
    expect(appended('local-session')).toContain('  class Session {\n    generate() {');
    expect(appended('nested-uses')).toContain("new Session({ provider: 'openai', model: new Session({ provider: 'x' }).id })");
    expect(appended('export-session')).toBe(lines('export { Session };'));
    expect(appended('export-default-session')).toBe(lines('export default Session;'));
    expect(appended('shorthand')).toBe(lines('const registry = { Session, HierarchicalMemory };', 'void registry;'));
    expect(appended('type-uses')).toBe(
      lines('type SessionInstance = Session;', 'let sessionClass: typeof Session | undefined;', 'export type { SessionInstance };', 'void sessionClass;'),
    );
    expect(mutant(scriptFile, 'global-agent')?.text).toBe(lines('#!/usr/bin/env node', '/* global Agent, TemporalMemory */', ...scriptFile.text.split('\n').slice(1, -1)));
  });

  it('imports Agent and TemporalMemory from elsewhere, or the 2.0 packages, after the shebang', () => {
    expect(mutant(moduleFile, 'import-agent')?.text).toBe(
      `import { Agent, TemporalMemory } from './local-agents';\n${moduleFile.text}void [Agent, TemporalMemory];\n`,
    );
    expect(mutant(scriptFile, 'import-agent')?.text).toBe(
      lines(
        '#!/usr/bin/env node',
        "const { Agent, TemporalMemory } = require('./local-agents');",
        "const { Session } = require('abstractllm');",
        'module.exports = new Session();',
        'void [Agent, TemporalMemory];',
      ),
    );
    expect(mutant(moduleFile, 'existing-2.0-imports')?.text).toBe(
      `${lines("import type { AgentOptions } from 'abstractagent';", "import { Agent } from 'abstractagent';", "import * as memory from 'abstractmemory';")}${moduleFile.text}`,
    );
  });

  it('drops the semicolons that end lines, and puts consecutive imports on one line', () => {
    expect(mutant(moduleFile, 'no-semicolons')?.text).toBe(moduleFile.text.replaceAll(';\n', '\n'));
    const twoImports = { name: 'two.js', text: lines("import { Session } from 'abstractllm';", "import { summarize } from 'abstractllm/memory';", 'new Session();') };
    expect(mutant(twoImports, 'one-line-imports')?.text).toBe(
      lines("import { Session } from 'abstractllm'; import { summarize } from 'abstractllm/memory';", 'new Session();'),
    );
    // A line that would continue the statement before it keeps that statement's semicolon.
    const continued = { name: 'asi.js', text: lines("const { Session } = require('abstractllm');", '(async () => new Session())();') };
    expect(mutant(continued, 'no-semicolons')?.text).toBe(lines("const { Session } = require('abstractllm');", '(async () => new Session())()'));
  });

  it('wraps everything but the module-level statements in a function, a class or a namespace', () => {
    const imports = ["import { Session, type SessionOptions } from 'abstractllm';", 'export { runCli } from "abstractllm/cli";'];
    expect(mutant(moduleFile, 'wrap-function')?.text).toBe(
      lines(...imports, 'export async function wrapped() {', '', 'const session = new Session();', 'const defaultExport = session;', '', '}'),
    );
    expect(mutant(moduleFile, 'wrap-class')?.text).toBe(
      lines(...imports, 'export class Wrapped {', '  async run() {', '', 'const session = new Session();', 'const defaultExport = session;', '', '  }', '}'),
    );
    // A namespace keeps `export` on its declarations.
    expect(mutant(moduleFile, 'wrap-namespace')?.text).toBe(
      lines(...imports, 'export namespace Wrapped {', '', 'export const session = new Session();', 'const defaultExport = session;', '', '}'),
    );
    // The shebang stays first; the require moves into the function with the rest.
    expect(mutant(scriptFile, 'wrap-function')?.text).toBe(
      lines('#!/usr/bin/env node', 'async function wrapped() {', "const { Session } = require('abstractllm');", 'module.exports = new Session();', '', '}'),
    );
  });

  it('renders Session as a JSX element in a .tsx copy of the file', () => {
    const jsx = mutant(moduleFile, 'jsx');
    expect(jsx?.name).toBe('chat.tsx');
    expect(jsx?.text).toBe(`${moduleFile.text}${lines('const rendered = <section className="fuzz"><Session /></section>;', 'void rendered;')}`);
  });

  it('makes imports type-only, by statement (where that is valid) or by specifier', () => {
    // `import type { Session, type SessionOptions }` would not parse: that statement stays.
    expect(mutant(moduleFile, 'type-only-imports')?.text).toBe(moduleFile.text.replace('export {', 'export type {'));
    expect(mutant(moduleFile, 'type-only-specifiers')?.text).toBe(moduleFile.text.replace('{ Session', '{ type Session').replace('{ runCli', '{ type runCli'));
  });

  it('combines a BOM, CRLF, swapped quotes and import comments', () => {
    expect(mutant(scriptFile, 'combined')?.text).toBe(`\uFEFF${mutant(scriptFile, 'quote-swap')!.text.replaceAll('\n', '\r\n')}`);
    expect(mutant(moduleFile, 'combined')?.text).toBe(
      `\uFEFF${[
        'import /* keyword */ { // inside the braces',
        ' Session, type SessionOptions } from /* source */ "abstractllm" /* after */;',
        'export /* keyword */ { // inside the braces',
        " runCli } from /* source */ 'abstractllm/cli' /* after */;",
        '',
        'export const session = new Session();',
        'export default session;',
        '',
      ].join('\r\n')}`,
    );
  });

  it('writes what it adds to a CRLF file with CRLF', () => {
    const crlf = { name: 'chat.ts', text: moduleFile.text.replaceAll('\n', '\r\n') };
    for (const kind of ['collide-agent', 'import-comments', 'wrap-function'] as const) {
      expect(mutant(crlf, kind)?.text.replaceAll('\r\n', '')).not.toContain('\n');
    }
  });
});
