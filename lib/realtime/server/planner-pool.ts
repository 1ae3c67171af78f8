/**
 * The rotation planner off the server's thread: one worker thread, started on the first plan (and
 * again after it dies, or after it ended idle). Requests carry an id, so each promise gets its own
 * answer; the thread plans them one at a time, in order. The server's event loop stays free while
 * it plans. A thread costs ~50 MB while it lives (its own heap and TypeScript loader): it ends after
 * a while with nothing to plan, and its young generation is kept small.
 */

import { Worker, type ResourceLimits } from 'node:worker_threads';
import { z } from 'zod';
import type { RotationInput, RotationPlan } from '@/lib/domain/rotation/rotation-types';
import { threadLifetime } from './thread-lifetime';
import { planReplySchema, type PlanFailure, type PlanRequest } from './planner-messages';

/** Why a plan was refused: bad input, the planner threw, the thread died, or the pool is closed. */
export type PlannerErrorCode = PlanFailure | 'worker-crashed' | 'closed';

/** A plan the pool could not make, with a code and a message saying why. */
export class PlannerError extends Error {
  constructor(
    readonly code: PlannerErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

/** The planner behind a promise. */
export type PlannerPool = {
  /**
   * Plans in the planner thread. With `budgetMs`, the search also stops after that many
   * milliseconds (the best plan found is returned); without it, the plan is the one `planRotation`
   * gives in any thread for the same input and seed.
   */
  plan(input: RotationInput, options?: { budgetMs?: number }): Promise<RotationPlan>;
  /** Ends the thread; plans still pending are rejected, later ones too. */
  close(): Promise<void>;
  /** Whether the planner thread is running now. */
  readonly running: boolean;
};

/**
 * Options of the pool: the thread's memory limits (a runaway plan then ends the thread, not the
 * server), and how long an idle thread lives before it ends.
 */
export type PlannerPoolOptions = { resourceLimits?: ResourceLimits; idleMs?: number };

/** An idle planner thread ends after this long (a rotation's previews come seconds apart; the next plan starts one again in ~0.5 s). */
export const PLANNER_IDLE_MS = 30_000;

/** A young generation of 4 MB instead of V8's default: ~10 MB less while planning 2,000 people, as fast. */
const DEFAULT_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4 };

type Pending = { resolve: (plan: RotationPlan) => void; reject: (error: PlannerError) => void };

const WORKER_ENTRY = new URL('./planner-worker.mjs', import.meta.url);

/** A pool of one planner thread, started lazily. */
export function createPlannerPool(options: PlannerPoolOptions = {}): PlannerPool {
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: PlannerError): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };

  const lifetime = threadLifetime({
    idleMs: options.idleMs ?? PLANNER_IDLE_MS,
    current: () => worker,
    busy: () => pending.size > 0,
    forget: () => (worker = null),
  });
  const settle = lifetime.settle;

  const onMessage = (message: unknown): void => {
    const reply = planReplySchema.safeParse(message);
    if (!reply.success) {
      failAll(new PlannerError('planner-failed', `the planner thread sent an unreadable reply: ${z.prettifyError(reply.error)}`));
      return;
    }
    const waiting = pending.get(reply.data.id);
    if (!waiting) return;
    pending.delete(reply.data.id);
    settle();
    if (reply.data.ok) waiting.resolve(reply.data.plan);
    else waiting.reject(new PlannerError(reply.data.code, reply.data.message));
  };

  const start = (): Worker => {
    const thread = new Worker(WORKER_ENTRY, { resourceLimits: { ...DEFAULT_LIMITS, ...options.resourceLimits } });
    thread.on('message', onMessage);
    thread.on('error', (error: Error) => {
      if (worker !== thread) return;
      worker = null;
      failAll(new PlannerError('worker-crashed', `the planner thread failed: ${error.message}`));
    });
    thread.on('exit', (code: number) => {
      // A thread ended idle (or replaced after an error) is no longer the pool's: its exit concerns no pending plan.
      if (worker !== thread) return;
      worker = null;
      if (!closed) failAll(new PlannerError('worker-crashed', `the planner thread stopped (exit code ${code})`));
    });
    return thread;
  };

  return {
    plan(input, planOptions = {}) {
      if (closed) return Promise.reject(new PlannerError('closed', 'the planner pool is closed'));
      const id = nextId++;
      const request: PlanRequest = { id, input, ...(planOptions.budgetMs !== undefined ? { budgetMs: planOptions.budgetMs } : {}) };
      return new Promise<RotationPlan>((resolve, reject) => {
        worker ??= start();
        pending.set(id, { resolve, reject });
        settle();
        try {
          worker.postMessage(request);
        } catch (error) {
          // Not cloneable (a function, a symbol…): nothing reached the thread.
          pending.delete(id);
          settle();
          reject(new PlannerError('invalid-input', `invalid planner input: ${error instanceof Error ? error.message : String(error)}`));
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
      failAll(new PlannerError('closed', 'the planner pool is closed'));
      if (thread) await thread.terminate();
    },
  };
}
