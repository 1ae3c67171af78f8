/**
 * One worker thread answering numbered requests, behind promises: the shape the rotation planner
 * and the plenary's grouping share. The thread starts on the first request (and again after it
 * dies, or after it ended idle); each reply carries its request's id, so each promise gets its own
 * answer. A reply the server cannot read, a thread that fails or stops, and closing reject what is
 * pending with an error that says so; nothing is left waiting.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { threadLifetime } from './thread-lifetime';

/** What went wrong with the thread itself (not with one request, which its reply says). */
export type ThreadFailure = 'unreadable-reply' | 'failed' | 'stopped' | 'closed' | 'not-sendable';

/** A reply read: its request's id, and its value or the thread's refusal. */
export type ReadReply<Value, E> = { id: number; ok: true; value: Value } | { id: number; ok: false; error: E };

export type RequestThreadSpec<Value, E extends Error> = {
  /** The thread's module (a `.mjs` beside the caller). */
  entry: URL;
  resourceLimits?: ResourceLimits;
  /** How long the thread lives with nothing to do. */
  idleMs: number;
  /** Checks one message from the thread: a reply, or why it cannot be read. */
  readReply(message: unknown): ReadReply<Value, E> | { unreadable: string };
  /**
   * The error a failure of the thread (or of sending to it) rejects requests with. `detail`: what
   * could not be read, the thread's error, its exit code, or why the request could not be sent.
   */
  failure(kind: ThreadFailure, detail: string): E;
};

export type RequestThread<Request, Value> = {
  /** Sends the request `make` builds with its id; resolves with the thread's reply. */
  request(make: (id: number) => Request): Promise<Value>;
  /** Ends the thread; requests still pending are rejected, later ones too. */
  close(): Promise<void>;
  /** Whether the thread is running now. */
  readonly running: boolean;
};

type Pending<Value, E> = { resolve: (value: Value) => void; reject: (error: E) => void };

export function createRequestThread<Request, Value, E extends Error>(spec: RequestThreadSpec<Value, E>): RequestThread<Request, Value> {
  const pending = new Map<number, Pending<Value, E>>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: E): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };

  const lifetime = threadLifetime({ idleMs: spec.idleMs, current: () => worker, busy: () => pending.size > 0, forget: () => (worker = null) });
  const settle = lifetime.settle;

  const onMessage = (message: unknown): void => {
    const reply = spec.readReply(message);
    if ('unreadable' in reply) {
      failAll(spec.failure('unreadable-reply', reply.unreadable));
    } else {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(reply.error);
    }
    settle();
  };

  const start = (): Worker => {
    const thread = new Worker(spec.entry, spec.resourceLimits ? { resourceLimits: spec.resourceLimits } : {});
    thread.on('message', onMessage);
    thread.on('error', (error: Error) => {
      if (worker !== thread) return;
      worker = null;
      failAll(spec.failure('failed', error.message));
    });
    thread.on('exit', (code: number) => {
      // A thread ended idle (or replaced after an error) is no longer this one's: its exit concerns no pending request.
      if (worker !== thread) return;
      worker = null;
      failAll(spec.failure('stopped', String(code)));
    });
    return thread;
  };

  return {
    request(make) {
      if (closed) return Promise.reject(spec.failure('closed', ''));
      const id = nextId++;
      return new Promise<Value>((resolve, reject) => {
        worker ??= start();
        pending.set(id, { resolve, reject });
        settle();
        try {
          worker.postMessage(make(id));
        } catch (error) {
          // Not cloneable (a function, a symbol…): nothing reached the thread.
          pending.delete(id);
          settle();
          reject(spec.failure('not-sendable', error instanceof Error ? error.message : String(error)));
        }
      });
    },
    get running() {
      return worker !== null;
    },
    async close() {
      closed = true;
      lifetime.stop();
      const thread = worker;
      worker = null;
      failAll(spec.failure('closed', ''));
      if (thread) await thread.terminate();
    },
  };
}
