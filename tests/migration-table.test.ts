/**
 * The lookups of src/migration-table.ts, with expectations written literally (MIGRATION.md tables
 * A and B), and the facts their shortcuts rely on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apiMembersOf, exportMoves, hasMigration, isLegacySpecifier, mapModule, moduleMoves, packageFunctions, removedExports, tableBNamesOf } from '../src/migration-table.js';

describe('the migration table', () => {
  it('moves and names only 1.x modules (mapModule and tableBNamesOf answer any other path without a scan)', () => {
    for (const move of moduleMoves) expect(isLegacySpecifier(move.from)).toBe(true);
    for (const row of [...exportMoves, ...removedExports]) for (const from of row.from) expect(isLegacySpecifier(from)).toBe(true);
  });

  it('maps a module by its longest table-A prefix, and gives the same answer when asked again', () => {
    expect(mapModule('abstractllm/memory/hierarchical')).toBe('abstractmemory/core');
    expect(mapModule('abstractllm/memory/hierarchical')).toBe('abstractmemory/core');
    expect(mapModule('abstractllm/memory/store')).toBe('abstractmemory/store');
    expect(mapModule('abstractllm/session')).toBe('abstractagent/agent');
    expect(mapModule('abstractllm')).toBeUndefined();
    expect(mapModule('abstractllm/tools')).toBeUndefined();
    expect(mapModule('abstractllm-memory')).toBeUndefined();
    expect(mapModule('other/abstractllm/memory')).toBeUndefined();
  });

  it('lists the table-B names of a 1.x module, and none of any other', () => {
    expect([...tableBNamesOf('abstractllm')].sort()).toEqual(['GenerateOptions', 'HierarchicalMemory', 'Session', 'SessionOptions']);
    expect(tableBNamesOf('abstractllm/tools')).toEqual(['WebSearchTool', 'CodeIntelligenceTool']);
    expect(tableBNamesOf('abstractllm/providers')).toEqual([]);
    expect(tableBNamesOf('abstractagent')).toEqual([]);
  });
});

describe('hasMigration', () => {
  it('is true for a moved module, whatever is taken from it', () => {
    expect(hasMigration('abstractllm/memory', ['summarize'])).toBe(true);
    expect(hasMigration('abstractllm/cli', [])).toBe(true);
  });

  it('is true for a table-B name, or the whole module object (*), of a module that stays', () => {
    expect(hasMigration('abstractllm', ['createLLM', 'Session'])).toBe(true);
    expect(hasMigration('abstractllm', ['SessionOptions'])).toBe(true);
    expect(hasMigration('abstractllm/tools', ['*'])).toBe(true);
  });

  it('is false for 2.0 core names, a module with no table-B names, and other packages', () => {
    expect(hasMigration('abstractllm', ['createLLM', 'default'])).toBe(false);
    expect(hasMigration('abstractllm/tools', ['readFile'])).toBe(false);
    expect(hasMigration('abstractllm/providers', ['*'])).toBe(false);
    expect(hasMigration('abstractagent', ['Session', '*'])).toBe(false);
  });
});

describe('apiMembersOf', () => {
  // Read off the declarations the tests type-check against: the lists are the classes' whole
  // instance API, and no member holds or returns a tracked class (the shortcut relies on it).
  const api = join(dirname(fileURLToPath(import.meta.url)), 'api');
  const declared = (file: string, className: string): { names: string[]; statics: string[]; types: string[] } => {
    const source = ts.createSourceFile(file, readFileSync(join(api, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const found = source.statements.find((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className);
    const members = (found?.members ?? []).filter((member) => !ts.isConstructorDeclaration(member));
    const isStatic = (member: ts.ClassElement) => !!ts.getModifiers(member as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    const instance = members.filter((member) => !isStatic(member));
    return {
      names: instance.map((member) => member.name!.getText(source)),
      statics: members.filter(isStatic).map((member) => member.name!.getText(source)),
      types: instance.map((member) => member.getText(source).replace(/\/\*\*[\s\S]*?\*\//g, '')),
    };
  };
  const tracked = ['Session', 'Agent', 'HierarchicalMemory', 'TemporalMemory'];
  it.each([
    ['v1/abstractllm/index.d.ts', 'Session', { legacyName: 'Session', version: 1 }],
    ['v2/abstractagent/index.d.ts', 'Agent', { legacyName: 'Session', version: 2 }],
    ['v1/abstractllm/memory/hierarchical.d.ts', 'HierarchicalMemory', { legacyName: 'HierarchicalMemory', version: 1 }],
    ['v2/abstractmemory/core.d.ts', 'TemporalMemory', { legacyName: 'HierarchicalMemory', version: 2 }],
  ] as const)('%s: %s', (file, className, of) => {
    const { names, statics, types } = declared(file, className);
    // A 1.x static the table lists among the members (`Session.load`) reads as nothing on an instance.
    expect([...apiMembersOf(of)].filter((name) => !statics.includes(name)).sort()).toEqual(names.sort());
    for (const type of types) for (const name of tracked) expect(type).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});

describe('packageFunctions', () => {
  it('are the functions tests/api declares, none of which returns a tracked class (found by probing)', () => {
    const api = join(dirname(fileURLToPath(import.meta.url)), 'api');
    const files = readdirSync(api, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.d.ts'));
    const names = new Set<string>();
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(api, file), 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
        names.add(statement.name.text);
        expect(statement.type?.getText(source) ?? '').not.toMatch(/\b(Session|Agent|HierarchicalMemory|TemporalMemory)\b/);
      }
    }
    expect([...packageFunctions].sort()).toEqual([...names].sort());
  });
});
