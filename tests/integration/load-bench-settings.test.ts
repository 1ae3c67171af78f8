import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedCpus, phoneCpus, pinProcess } from '@/bench/load/cpu-pinning';
import { loadOptionsFromEnv } from '@/bench/load/load-bench';

describe('the load bench settings: BENCH_SERVER_CPUS', () => {
  it.each([
    { value: undefined, cpus: 2, expected: null },
    { value: '0', cpus: 2, expected: [0] },
    { value: ' 1 , 1 ', cpus: 4, expected: [1] },
    { value: '0,2', cpus: 4, expected: [0, 2] },
  ])('$value on $cpus CPUs pins the servers to $expected', ({ value, cpus, expected }) => {
    expect(loadOptionsFromEnv({ BENCH_SERVER_CPUS: value }, cpus).serverCpus).toEqual(expected);
  });

  it.each([
    { value: 'first', cpus: 2, message: 'a comma-separated list of CPU numbers' },
    { value: '0,-1', cpus: 2, message: 'a comma-separated list of CPU numbers' },
    { value: '2', cpus: 2, message: 'CPUs 0 to 1 exist' },
    { value: '0,1', cpus: 2, message: 'at least one must be left for the phones' },
    { value: '0', cpus: 1, message: 'at least one must be left for the phones' },
  ])('refuses $value on $cpus CPUs, naming the setting', ({ value, cpus, message }) => {
    expect(() => loadOptionsFromEnv({ BENCH_SERVER_CPUS: value }, cpus)).toThrow(/BENCH_SERVER_CPUS/);
    expect(() => loadOptionsFromEnv({ BENCH_SERVER_CPUS: value }, cpus)).toThrow(message);
  });

  it('leaves the phones every other CPU', () => {
    expect(phoneCpus([0], 4)).toEqual([1, 2, 3]);
    expect(phoneCpus([1, 3], 4)).toEqual([0, 2]);
    expect(phoneCpus([], 2)).toEqual([0, 1]);
  });

  it('pins a running process and every thread it has', async () => {
    const child = spawn(process.execPath, ['-e', 'console.log("up"); setTimeout(() => {}, 30000)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve)); // started: its threads are running
      const pid = child.pid!;
      const before = allowedCpus(pid);
      pinProcess(pid, [0]);
      expect(allowedCpus(pid)).toBe('0');
      const threads = readdirSync(`/proc/${pid}/task`);
      expect(threads.length).toBeGreaterThan(1); // node runs helper threads: all of them are pinned
      for (const tid of threads) {
        const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
        expect(/Cpus_allowed_list:\s*(\S+)/.exec(status)?.[1], `thread ${tid}`).toBe('0');
      }
      // As taskset lists them: what a run puts back for the coordinator.
      pinProcess(pid, before);
      expect(allowedCpus(pid)).toBe(before);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says which process it could not pin', () => {
    expect(() => pinProcess(2 ** 22 + 12_345, [0])).toThrow(/could not pin process 4206649 to CPUs 0/);
  });
});
