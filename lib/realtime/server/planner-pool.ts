/**
 * The rotation planner off the server's thread: one worker thread, started on the first plan (and
 * again after it dies, or after it ended idle). Requests carry an id, so each promise gets its own
 * answer; the thread plans them one at a time, in order. The server's event loop stays free while
 * it plans. A thread costs ~50 MB while it lives (its own heap and TypeScript loader): it ends after
 * a while with nothing to plan, and its young generation is kept small.
 */

import type { ResourceLimits } from 'node:worker_threads';
import { z } from 'zod';
import type { RotationInput, RotationPlan } from '@/lib/domain/rotation/rotation-types';
import { planReplySchema, type PlanFailure, type PlanRequest } from './planner-messages';
import { createRequestThread, type ThreadFailure } from './request-thread';

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

const WORKER_ENTRY = new URL('./planner-worker.mjs', import.meta.url);

/** What a failure of the thread itself is, as a plan's refusal. */
const FAILURES: Record<ThreadFailure, (message: string) => PlannerError> = {
  'unreadable-reply': (message) => new PlannerError('planner-failed', `the planner thread sent an unreadable reply: ${message}`),
  failed: (message) => new PlannerError('worker-crashed', `the planner thread failed: ${message}`),
  stopped: (code) => new PlannerError('worker-crashed', `the planner thread stopped (exit code ${code})`),
  closed: () => new PlannerError('closed', 'the planner pool is closed'),
  'not-sendable': (message) => new PlannerError('invalid-input', `invalid planner input: ${message}`),
};

/** A pool of one planner thread, started lazily. */
export function createPlannerPool(options: PlannerPoolOptions = {}): PlannerPool {
  const thread = createRequestThread<PlanRequest, RotationPlan, PlannerError>({
    entry: WORKER_ENTRY,
    resourceLimits: { ...DEFAULT_LIMITS, ...options.resourceLimits },
    idleMs: options.idleMs ?? PLANNER_IDLE_MS,
    readReply(message) {
      const reply = planReplySchema.safeParse(message);
      if (!reply.success) return { unreadable: z.prettifyError(reply.error) };
      const { id } = reply.data;
      return reply.data.ok ? { id, ok: true, value: reply.data.plan } : { id, ok: false, error: new PlannerError(reply.data.code, reply.data.message) };
    },
    failure: (kind, message) => FAILURES[kind](message),
  });
  return {
    plan: (input, { budgetMs } = {}) => thread.request((id) => ({ id, input, ...(budgetMs !== undefined ? { budgetMs } : {}) })),
    get running() {
      return thread.running;
    },
    close: () => thread.close(),
  };
}
