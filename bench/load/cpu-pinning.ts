/**
 * `BENCH_SERVER_CPUS`: the servers on some CPUs, the simulated phones (and the coordinator) on the
 * others. On the day the phones do not share the server's cores; on one machine they do, and the
 * server's figures then include the phones' share. Pinned, the server's own timings ("server wrote
 * the state / its last table view") are its own; the phones, squeezed onto the other CPUs, read
 * later than real phones would. Linux only (`taskset`, from util-linux).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Every CPU but `serverCpus`, for the phones. */
export function phoneCpus(serverCpus: readonly number[], cpuCount: number): number[] {
  return Array.from({ length: cpuCount }, (_, cpu) => cpu).filter((cpu) => !serverCpus.includes(cpu));
}

/** The CPUs a process may run on now, as taskset lists them (e.g. "0-1"), to put back after a run. */
export function allowedCpus(pid: number): string {
  const list = /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!list) throw new Error(`BENCH_SERVER_CPUS: the CPUs of process ${pid} cannot be read (Linux only)`);
  return list;
}

/** Pins a process and every thread it has (`-a`; threads it starts later inherit) to `cpus` (numbers, or a list as taskset writes it). */
export function pinProcess(pid: number, cpus: readonly number[] | string): void {
  const list = typeof cpus === 'string' ? cpus : cpus.join(',');
  try {
    // Without -a first: with it, taskset says nothing of a process that is not there.
    for (const all of [[], ['-a']]) execFileSync('taskset', [...all, '-p', '-c', list, String(pid)], { stdio: 'ignore' });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'BENCH_SERVER_CPUS needs taskset (Linux, package util-linux); unset it to run without pinning'
        : `BENCH_SERVER_CPUS: taskset could not pin process ${pid} to CPUs ${list}`,
    );
  }
}
