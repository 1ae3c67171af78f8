/** The servers under measurement, each in a process of its own, started and stopped by the coordinator. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { processCpuSeconds, processMemoryMb, type LoopDelay } from './proc-stats';

/**
 * Since the server was last asked: when it last finished writing a `session:state` and a
 * `table:view` (wall clock), and the CPU it had used by the last of them (ms; null: neither sent):
 * the whole process's, and its event loop's thread's alone.
 */
export type LastSent = { stateAt: number | null; viewAt: number | null; cpuMs: number | null; threadMs: number | null };

export type ServerProcess = {
  url: string;
  pid: number;
  /** What the process printed after READY and its URL (the organiser cookie, for the realtime server). */
  extra: string[];
  /** Lines the process wrote to stderr (errors it logged), the last 200. */
  stderrLines(): string[];
  cpuSeconds(): number;
  peakRssMb(): number;
  /** Resident memory now, in MiB. */
  rssMb(): number;
  /** The process's own account of its memory (`GET /bench/memory`; null if it does not answer it). */
  memoryUsage(): Promise<NodeJS.MemoryUsage | null>;
  /** How late the process's event loop ran since the last time it was asked (`GET /bench/loop`; null if it does not answer it). */
  loopDelay(): Promise<LoopDelay | null>;
  /** `GET /bench/sent` (null if the process does not answer it). */
  lastSent(): Promise<LastSent | null>;
  /** Asks the process for a heap snapshot after a full collection (`POST /bench/heap-snapshot`); its path, or null. */
  heapSnapshot(): Promise<string | null>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** One of the bench's own requests to a server under test: its JSON answer, or null if it has none. */
async function benchRequest<T>(url: string, method: 'GET' | 'POST', path: string): Promise<T | null> {
  try {
    const response = await fetch(url + path, { method });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** Runs `script` (a .ts file beside this one) under tsx and waits for its `READY <url> …` line. */
export function startServerProcess(
  script: string,
  env: Record<string, string>,
  options: { profileDir?: string | undefined; heapDir?: string | undefined } = {},
): Promise<ServerProcess> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // With a profile folder, the process writes a CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  // With a heap folder, it collects everything unreachable before each heap snapshot it is asked for.
  const heap = options.heapDir ? ['--expose-gc'] : [];
  const child = spawn(process.execPath, [...profile, ...heap, '--import', 'tsx', path], {
    env: { ...process.env, ...env, ...(options.heapDir ? { BENCH_HEAP_DIR: options.heapDir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  let partial = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    stderr.push(...lines.filter((l) => l.trim() !== ''));
    if (stderr.length > 200) stderr.splice(0, stderr.length - 200);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onExit = (code: number | null) => reject(new Error(`${script} exited (${code}) before it was ready:\n${stderr.join('\n')}`));
    child.once('exit', onExit);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /READY (.+)\n/.exec(stdout)?.[1];
      if (!line || !child.pid) return;
      child.off('exit', onExit);
      const [url = '', ...extra] = line.split(' ');
      const pid = child.pid;
      resolve({
        url,
        pid,
        extra,
        stderrLines: () => [...stderr],
        cpuSeconds: () => processCpuSeconds(pid),
        peakRssMb: () => processMemoryMb(pid).peakRssMb,
        rssMb: () => processMemoryMb(pid).rssMb,
        memoryUsage: () => benchRequest<NodeJS.MemoryUsage>(url, 'GET', '/bench/memory'),
        loopDelay: () => benchRequest<LoopDelay>(url, 'GET', '/bench/loop'),
        lastSent: () => benchRequest<LastSent>(url, 'GET', '/bench/sent'),
        heapSnapshot: async () => (await benchRequest<{ path: string }>(url, 'POST', '/bench/heap-snapshot'))?.path ?? null,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
