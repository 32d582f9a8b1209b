// typescript-eslint's recommended rules over the sources, tests, bench and scripts (as google/aside does);
// formatting is prettier's (.prettierrc), so no style rules here. `npm test` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' };
const browser = { window: 'readonly', parent: 'readonly', document: 'readonly', fetch: 'readonly', console: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/**', '.cache/**', 'node_modules/**', 'coverage/**', 'test/support/reporter-fixture/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // an unused parameter or binding named _x is kept on purpose (Apps Script signatures, rest-omit)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // user text is cleaned of control characters on purpose (sheet names, pasted cells)
      'no-control-regex': 'off',
    },
  },
  { files: ['bin/**/*.mjs', 'scripts/**/*.{js,mjs}'], languageOptions: { globals: node } },
  { files: ['src/local/playground/**/*.js'], languageOptions: { sourceType: 'script', globals: browser } },
  // tests read untyped JSON replies and emulator internals
  { files: ['test/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
