// The planner thread's entry. Worker threads do not inherit a TypeScript loader in every way the
// server runs (vitest, plain node), so this file, plain JavaScript, loads the TypeScript module
// through tsx itself, with the project's tsconfig for the `@/` paths.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('./planner-thread.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
});
