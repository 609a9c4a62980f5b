// ESLint flat config: typescript-eslint, react-hooks, and the project's src/ layering rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layering from './eslint/layering.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'graph-data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, project: layering },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'project/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['eslint/**/*.js', 'eslint.config.js', 'scripts/**/*', 'bench/**/*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
