import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@/tests/helpers/realtime-process';
import { tempDbPath } from '@/tests/helpers/test-server';

export type AppServer = { url: string; port: number; output: () => string; stop(): Promise<void> };

/**
 * Runs the real `server.ts` (the built Next app + Socket.io) on a free port with a fresh SQLite file,
 * exactly as `npm start` does after its build step.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const db = tempDbPath();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${db.path}`,
      PUBLIC_URL: url,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes('Tournée is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          db.cleanup();
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
