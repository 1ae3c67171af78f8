/**
 * The coordinator's side of the client processes: forks them, sends numbered commands over IPC and
 * checks each answer against the command's result schema.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { replySchema, resultSchemas, type WorkerCommand, type WorkerCommandType, type WorkerResult } from './ipc';
import { processCpuSeconds } from './proc-stats';

const WORKER = fileURLToPath(new URL('./client-worker.ts', import.meta.url));

type Pending = { type: WorkerCommandType; resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Each command's result schema, seen through a mapped type so that a generic command type picks its own. */
const parsers: { [K in WorkerCommandType]: { parse(value: unknown): WorkerResult<K> } } = resultSchemas;

function parseResult<T extends WorkerCommandType>(type: T, value: unknown): WorkerResult<T> {
  return parsers[type].parse(value);
}

export class WorkerPool {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(readonly children: ChildProcess[]) {
    for (const child of children) {
      child.on('message', (raw: unknown) => {
        const reply = replySchema.safeParse(raw);
        if (!reply.success) return;
        const waiting = this.pending.get(reply.data.id);
        if (!waiting) return;
        this.pending.delete(reply.data.id);
        if (reply.data.ok) waiting.resolve(reply.data.result);
        else waiting.reject(new Error(`client process: ${reply.data.error}`));
      });
      child.once('exit', (code) => {
        for (const [id, waiting] of this.pending) {
          this.pending.delete(id);
          waiting.reject(new Error(`a client process exited (${code})`));
        }
      });
    }
  }

  /** Forks `count` client processes (each runs client-worker.ts under tsx). */
  static start(count: number): WorkerPool {
    // With BENCH_CLIENT_PROFILE_DIR, each client process writes a CPU profile there when it exits.
    const profileDir = process.env.BENCH_CLIENT_PROFILE_DIR;
    const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const children = Array.from({ length: count }, () =>
      fork(WORKER, [], { execArgv: [...profile, '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    return new WorkerPool(children);
  }

  get size(): number {
    return this.children.length;
  }

  call<T extends WorkerCommandType>(worker: number, command: Extract<WorkerCommand, { type: T }>): Promise<WorkerResult<T>> {
    const child = this.children[worker];
    if (!child) return Promise.reject(new Error(`no client process ${worker}`));
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { type: command.type, resolve, reject });
      child.send({ id, command });
    }).then((value) => parseResult<T>(command.type, value));
  }

  /** The same command (or one per process) to every client process at once. */
  all<T extends WorkerCommandType>(
    command: Extract<WorkerCommand, { type: T }> | ((worker: number) => Extract<WorkerCommand, { type: T }>),
  ): Promise<WorkerResult<T>[]> {
    return Promise.all(this.children.map((_, i) => this.call<T>(i, typeof command === 'function' ? command(i) : command)));
  }

  /** CPU seconds the client processes used so far (all together). */
  cpuSeconds(): number {
    return this.children.reduce((sum, child) => sum + (child.pid ? processCpuSeconds(child.pid) : 0), 0);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.disconnect();
          }),
      ),
    );
  }
}
