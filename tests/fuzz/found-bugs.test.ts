/**
 * Rule bugs `npm run fuzz` found, pinned with their exact fixed output (the regression fixture
 * in regressions/fixtures/ is the input the fuzzer failed on; these are the minimal forms).
 */
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { fixToFixedPoint, withPlugin } from '../utils/fix-passes.js';

const configs = withPlugin(plugin);
const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('export * of a module with a moved export, next to an explicit export of that name', () => {
  // Found as heavy/0315-barrel.js: the fix re-exported HierarchicalMemory by name after the star,
  // a second export of a name the file already exported: "Duplicate export 'HierarchicalMemory'".
  it('does not export the name a second time (the explicit export shadowed the star in 1.x)', () => {
    const result = fixToFixedPoint(lines("export { HierarchicalMemory } from 'abstractllm/memory';", "export * from 'abstractllm/memory';"), 'barrel.js', configs);
    expect(result.output).toBe(lines("export { TemporalMemory as HierarchicalMemory } from 'abstractmemory';", "export * from 'abstractmemory';"));
    expect(result.remaining).toEqual([]);
  });

  it('does not either when the explicit export is a local declaration', () => {
    const result = fixToFixedPoint(lines('export const HierarchicalMemory = 1;', "export * from 'abstractllm/memory/hierarchical';"), 'barrel.js', configs);
    expect(result.output).toBe(lines('export const HierarchicalMemory = 1;', "export * from 'abstractmemory/core';"));
  });

  it('re-exports the name once for two star exports that both carried it', () => {
    const result = fixToFixedPoint(lines("export * from 'abstractllm/memory';", "export * from 'abstractllm/memory/hierarchical';"), 'barrel.js', configs);
    expect(result.output).toBe(
      lines("export * from 'abstractmemory';", "export { TemporalMemory as HierarchicalMemory } from 'abstractmemory';", "export * from 'abstractmemory/core';"),
    );
    expect(result.passes).toBe(1);
    expect(result.stable).toBe(true);
  });
});

describe('Session fixes nested in each other (MIGRATION.md D6: at most 3 passes)', () => {
  // Found by hand: ESLint applies no two overlapping fixes in one pass, so each level of nesting
  // took a pass of its own. A 3-deep chain needed 4 passes; the `nested-uses` mutant covers it now.
  it('migrates a chain of generateWithTools calls and options inside options in 2 passes', () => {
    const result = fixToFixedPoint(
      lines(
        "import { Session } from 'abstractllm';",
        "const s = new Session({ provider: 'openai', model: new Session({ provider: 'x' }).id });",
        'export const ask = async (q: string) =>',
        '  s.generateWithTools((await s.generateWithTools((await s.generateWithTools(q, { createReactCycle: true })).content, { createReactCycle: true })).content);',
      ),
      'chain.ts',
      configs,
    );
    expect(result.output).toBe(
      lines(
        "import { Agent } from 'abstractagent';",
        "const s = new Agent({ llmConfig: { provider: 'openai', model: new Agent({ llmConfig: { provider: 'x' } }).session.id } });",
        'export const ask = async (q: string) =>',
        '  s.chat((await s.chat((await s.chat(q, { useReasoning: true, useTools: true })).content, { useReasoning: true, useTools: true })).content, { useTools: true });',
      ),
    );
    expect(result.passes).toBe(2);
    expect(result.stable).toBe(true);
    expect(result.remaining).toEqual([]);
  });
});

describe('keys every object inherits are not table keys (`toString`, `constructor`, `valueOf`)', () => {
  // Found by hand while profiling: the tables were asked with `key in table`, which is true for
  // what Object.prototype has. `generate`'s option `constructor` crashed the Session rule ("'text'
  // must be a string": the key's replacement was Object itself), and `memory.toString()` was
  // reported as a removed 1.x member.
  it('reports a generate option named constructor as having no 2.0 place, and fixes nothing', () => {
    const code = lines(
      "import { Agent } from 'abstractagent';",
      "const s = new Agent({ llmConfig: { provider: 'ollama' } });",
      "export const ask = () => s.generate('hi', { constructor: 1 });",
    );
    const result = fixToFixedPoint(code, 'ask.ts', configs);
    expect(result.output).toBe(code);
    expect(result.remaining.map((message) => message.message)).toEqual([
      "`s.generate` is 1.x `Session` API (on an `Agent`: `s.chat(…)`); this use (an option 'constructor' 2.0 has no place for) cannot be rewritten safely: change it by hand.",
    ]);
  });

  it('does not report Object.prototype members of a HierarchicalMemory', () => {
    const code = lines(
      "import { HierarchicalMemory } from 'abstractllm/memory';",
      'const memory = new HierarchicalMemory();',
      "export const dump = () => [memory.toString(), memory.constructor, memory.hasOwnProperty('x')];",
    );
    const result = fixToFixedPoint(code, 'dump.ts', configs);
    expect(result.remaining.filter((message) => message.ruleId === 'abstractllm/no-deprecated-memory')).toEqual([]);
  });

  it('reports Session options named after Object.prototype members as options 2.0 has no place for', () => {
    const code = lines("import { Agent } from 'abstractagent';", "export const s = new Agent({ model: 'x', valueOf: 2 });");
    const result = fixToFixedPoint(code, 'options.ts', configs);
    expect(result.output).toBe(code);
    expect(result.remaining.map((message) => message.message)).toEqual([
      "`new Agent(…)` takes 1.x `Session` options that cannot be rewritten safely (the option 'valueOf', which 2.0 has no place for): write 2.0 `AgentOptions` by hand.",
    ]);
  });
});
