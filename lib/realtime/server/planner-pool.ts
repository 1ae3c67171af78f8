/**
 * The rotation planner off the server's thread: one persistent worker thread, started on the first
 * plan and again after it dies. Requests carry an id, so each promise gets its own answer; the
 * thread plans them one at a time, in order. The server's event loop stays free while it plans.
 */

import { Worker, type ResourceLimits } from 'node:worker_threads';
import { z } from 'zod';
import type { RotationInput, RotationPlan } from '@/lib/domain/rotation/rotation-types';
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
};

/** Options of the pool: the thread's memory limits (a runaway plan then ends the thread, not the server). */
export type PlannerPoolOptions = { resourceLimits?: ResourceLimits };

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

  /** The thread keeps the process alive only while a plan is pending. */
  const holdProcess = (): void => {
    if (pending.size > 0) worker?.ref();
    else worker?.unref();
  };

  const onMessage = (message: unknown): void => {
    const reply = planReplySchema.safeParse(message);
    if (!reply.success) {
      failAll(new PlannerError('planner-failed', `the planner thread sent an unreadable reply: ${z.prettifyError(reply.error)}`));
      return;
    }
    const waiting = pending.get(reply.data.id);
    if (!waiting) return;
    pending.delete(reply.data.id);
    holdProcess();
    if (reply.data.ok) waiting.resolve(reply.data.plan);
    else waiting.reject(new PlannerError(reply.data.code, reply.data.message));
  };

  const start = (): Worker => {
    const thread = new Worker(WORKER_ENTRY, { ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}) });
    thread.on('message', onMessage);
    thread.on('error', (error: Error) => {
      if (worker === thread) worker = null;
      failAll(new PlannerError('worker-crashed', `the planner thread failed: ${error.message}`));
    });
    thread.on('exit', (code: number) => {
      if (worker === thread) worker = null;
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
        holdProcess();
        try {
          worker.postMessage(request);
        } catch (error) {
          // Not cloneable (a function, a symbol…): nothing reached the thread.
          pending.delete(id);
          holdProcess();
          reject(new PlannerError('invalid-input', `invalid planner input: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    },
    async close() {
      closed = true;
      const thread = worker;
      worker = null;
      failAll(new PlannerError('closed', 'the planner pool is closed'));
      if (thread) await thread.terminate();
    },
  };
}
