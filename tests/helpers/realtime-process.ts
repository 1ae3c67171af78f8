import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export type ServerProcess = { url: string; organiserCookie: string; child: ChildProcess; kill9(): Promise<void> };

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts tests/helpers/realtime-process-main.ts and waits until it listens. */
export function startServerProcess(env: { dbPath: string; port: number; clockOffsetMs?: number }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/realtime-process-main.ts'], {
    env: { ...process.env, TEST_DB_PATH: env.dbPath, TEST_PORT: String(env.port), TEST_CLOCK_OFFSET_MS: String(env.clockOffsetMs ?? 0) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (\S+) (\S+)/.exec(stdout);
      if (match) {
        resolve({
          url: match[1]!,
          organiserCookie: match[2]!,
          child,
          kill9: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code}) before it was ready:\n${stderr}`)));
  });
}
