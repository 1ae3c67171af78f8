// The grouping thread's entry. A worker thread does not inherit a TypeScript loader in every way the
// server runs (vitest, tsx, the bench), so this plain JavaScript file loads the TypeScript module
// through tsx itself, with the project's tsconfig for the `@/` paths.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('./plenary-grouping-thread.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
});
