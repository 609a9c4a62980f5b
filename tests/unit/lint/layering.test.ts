// Unit test of the ESLint layering rule: lower layers of src/ cannot import upper ones.
import { RuleTester } from 'eslint';
import path from 'node:path';
import { describe, it } from 'vitest';
import { layeringRule } from '../../../eslint/layering.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const file = (rel: string) => path.resolve('src', rel);

tester.run('layering', layeringRule as never, {
  valid: [
    { filename: file('data/compile.ts'), code: "import { RELATIONS } from '../model/ontology';" },
    { filename: file('app/App.tsx'), code: "import { x } from '../ui/SearchPanel';" },
    { filename: file('ui/SearchPanel.tsx'), code: "import { GraphCanvas } from '../render';" },
    { filename: file('render/GraphCanvas.tsx'), code: "import { SigmaContainer } from '@react-sigma/core';" },
    { filename: path.resolve('scripts/x.ts'), code: "import { y } from '../src/app/App';" },
  ],
  invalid: [
    {
      filename: file('model/ontology.ts'),
      code: "import { x } from '../data/compile';",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: file('state/url.ts'),
      code: "import { x } from '../ui/Panel';",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: file('ui/Panel.tsx'),
      code: "import { x } from '../render/GraphCanvas';",
      errors: [{ messageId: 'renderDeep' }],
    },
    {
      filename: file('ui/Panel.tsx'),
      code: "import Sigma from 'sigma';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: file('model/x.ts'),
      code: "import React from 'react';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: file('style/x.ts'),
      code: "export * from '../render/index';",
      errors: [{ messageId: 'upward' }],
    },
  ],
});
