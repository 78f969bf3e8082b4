import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-compat-layer.js';

const ruleTester = new RuleTester();
const keep = 'Keep it while this file still has 1.x code to migrate; the other abstractllm rules say what.';
const canGo = 'Nothing in this file is left to migrate: it can go.';

ruleTester.run('no-compat-layer', rule, {
  valid: [
    { name: 'a file without the compatibility layer', code: "import { Agent } from 'abstractagent';\nnew Agent({ llmConfig: { provider: 'x' } });" },
    { name: 'a look-alike path', code: "import { CompatibilityLayer } from 'abstractllm/compatx';\nCompatibilityLayer.setup();" },
  ],
  invalid: [
    {
      name: 'while 1.x code remains, the import and the call are reported with no suggestion',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Session } from 'abstractllm';\nCompatibilityLayer.setup();\nexport const s: Session | undefined = undefined;",
      errors: [
        { messageId: 'compatImport', data: { specifier: 'abstractllm/compat' } },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
      ],
    },
    {
      name: 'a 1.x member on a 2.0 Agent still counts as left to migrate',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nconst a = new Agent({ llmConfig: { provider: 'x' } });\na.generate('x');",
      errors: [
        { messageId: 'compatImport' },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
      ],
    },
    {
      name: 'once nothing is left, a suggestion removes the call and its now unused import',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\n\nCompatibilityLayer.setup();\nexport const a = new Agent({ llmConfig: { provider: 'x' } });",
      errors: [
        { messageId: 'compatImport' },
        {
          messageId: 'compatSetup',
          data: { call: 'CompatibilityLayer.setup()', state: canGo },
          suggestions: [
            {
              messageId: 'removeSetup',
              data: { andImport: ' and its import' },
              output: "import { Agent } from 'abstractagent';\n\nexport const a = new Agent({ llmConfig: { provider: 'x' } });",
            },
          ],
        },
      ],
    },
    {
      name: 'a CommonJS require: the suggestion removes the destructured name only when others remain',
      code: "const { CompatibilityLayer, other } = require('abstractllm/compat');\nCompatibilityLayer.setup();\nother();",
      filename: 'boot.cjs',
      errors: [
        { messageId: 'compatImport' },
        {
          messageId: 'compatSetup',
          suggestions: [
            { messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "const { other } = require('abstractllm/compat');\nother();" },
          ],
        },
      ],
    },
    {
      name: 'a call whose result is used gets no suggestion',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nexport const mode = CompatibilityLayer.setup();",
      errors: [
        { messageId: 'compatImport' },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: 'Nothing in this file is left to migrate: remove it where its result is used.' }, suggestions: [] },
      ],
    },
  ],
});
