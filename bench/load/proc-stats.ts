/**
 * A process's memory and CPU as Linux accounts them, read from /proc/<pid>/ (0 where unreadable);
 * and, with better precision, the CPU a process used itself since a moment it noted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** User + system CPU time this process used since `from` (a `process.cpuUsage()` it took), in ms: all its threads, to the microsecond. */
export function ownCpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time the process's main thread (its event loop, where every send and read of the server
 * happens) has run so far, in ms: the first field of Linux's /proc/self/task/<pid>/schedstat (ns).
 * Unlike `ownCpuMsSince`, it leaves out V8's collector threads and libuv's pool, which run beside
 * the event loop on a machine with cores to spare. The kernel adds a running thread's time at each
 * scheduler tick (every 4 ms at 250 Hz, as here), so a difference of two reads is right to ±1 tick.
 * NaN where unreadable.
 */
export function mainThreadCpuMs(): number {
  const field = read(`/proc/self/task/${process.pid}/schedstat`).split(' ')[0];
  return field ? Number(field) / 1e6 : NaN;
}

/** How late an event loop ran: its delay's p99 and its longest stall (ms), sampled every 10 ms. */
export type LoopDelay = { p99Ms: number; maxMs: number };

/** Watches how late this process's event loop runs from now: `read` says so and starts afresh, `stop` says so and ends. */
export function watchLoopDelay(): { read(): LoopDelay; stop(): LoopDelay } {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const figures = (): LoopDelay => ({ p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 });
  return {
    read: () => {
      const delay = figures();
      loop.reset();
      return delay;
    },
    stop: () => {
      loop.disable();
      return figures();
    },
  };
}

/** Where a process's CPU and its main thread's stood at a moment, for `cpuSince`. */
export type CpuMark = { process: NodeJS.CpuUsage; threadMs: number };

export function cpuMark(): CpuMark {
  return { process: process.cpuUsage(), threadMs: mainThreadCpuMs() };
}

/** CPU used since `mark` (ms): the whole process's (all threads, to the µs) and its main thread's alone (±1 tick; NaN where unreadable). */
export function cpuSince(mark: CpuMark): { processMs: number; threadMs: number } {
  return { processMs: ownCpuMsSince(mark.process), threadMs: mainThreadCpuMs() - mark.threadMs };
}

/** User + system CPU time of the process so far, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
export function processCpuSeconds(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11] ?? 0);
  const stime = Number(fields[12] ?? 0);
  return (utime + stime) / clockTicks();
}

/** Resident memory now and at its peak (VmRSS, VmHWM), in MiB. */
export function processMemoryMb(pid: number): { rssMb: number; peakRssMb: number } {
  const status = read(`/proc/${pid}/status`);
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
