// Builds the Next app when its sources changed since the last build (so `npm start` and `npm test`
// work on a fresh clone and after a pull, without rebuilding every time).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const inputs = ['app', 'lib', 'db', 'public', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];
const stamp = join(root, '.next', 'tournee-build-fingerprint');

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (!/\.test\.tsx?$/.test(path)) {
    yield path;
  }
}

const hash = createHash('sha256');
for (const input of inputs) {
  for (const file of files(join(root, input))) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file));
}
const fingerprint = hash.digest('hex');

if (existsSync(join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  process.exit(0);
}
console.info('Building the app (sources changed since the last build)…');
const result = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, fingerprint);
