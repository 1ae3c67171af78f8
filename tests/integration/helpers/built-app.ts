import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppServer, type AppServer } from '@/tests/e2e/helpers/app-server';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// One build at a time: test files run in parallel workers, and two builds into one .next would break both.
const lock = join(tmpdir(), `tournee-build-lock-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
const STALE_LOCK_MS = 10 * 60_000;

async function withBuildLock(work: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the Next app if its sources changed (as `npm start` does), then starts the real `server.ts` on it. */
export async function startBuiltApp(env: Record<string, string> = {}): Promise<AppServer> {
  await withBuildLock(() => {
    const result = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  });
  return startAppServer(env);
}

/** Minutes a test file may spend building the app before its first test (a cold build on two busy cores). */
export const BUILD_TIMEOUT_MS = 5 * 60_000;
