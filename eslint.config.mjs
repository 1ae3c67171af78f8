import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'tmp/**', 'next-env.d.ts', 'db/migrations/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits or handles loses its error; a promise where a void callback is expected runs unchecked.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The pure core: no framework, no I/O, no database.
    files: ['lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', 'react', 'react-dom', 'socket.io', 'socket.io-client', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'],
              message: 'lib/domain is pure: no framework or I/O imports.',
            },
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'http'], message: 'lib/domain is pure: no I/O, clock or randomness of its own.' },
            { group: ['**/db/**', '@/db/*'], message: 'lib/domain must not reach the database.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Pass the time in.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass randomness in (a seed).' }],
    },
  },
);
