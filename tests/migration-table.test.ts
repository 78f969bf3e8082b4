/**
 * The lookups of src/migration-table.ts, with expectations written literally (MIGRATION.md tables
 * A and B), and the facts their shortcuts rely on.
 */
import { describe, expect, it } from 'vitest';
import { exportMoves, hasMigration, isLegacySpecifier, mapModule, moduleMoves, removedExports, tableBNamesOf } from '../src/migration-table.js';

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
