/**
 * The rotation planner's own thread (started by `planner-pool.ts` through `planner-worker.mjs`):
 * plans one request at a time, so the server's thread keeps answering phones meanwhile. The clock
 * the planner's time budget needs is this thread's `performance.now`.
 */

import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { planRotation } from '@/lib/domain/rotation/plan-rotation';
import { planRequestSchema, rotationInputSchema, type PlanReply } from './planner-messages';

function answer(message: unknown): PlanReply {
  const request = planRequestSchema.safeParse(message);
  if (!request.success) return { id: -1, ok: false, code: 'invalid-input', message: `malformed planning request: ${z.prettifyError(request.error)}` };
  const { id, budgetMs } = request.data;
  const input = rotationInputSchema.safeParse(request.data.input);
  if (!input.success) return { id, ok: false, code: 'invalid-input', message: `invalid planner input: ${z.prettifyError(input.error)}` };
  try {
    const options = budgetMs === undefined ? {} : { now: () => performance.now(), budgetMs };
    return { id, ok: true, plan: planRotation(input.data, options) };
  } catch (error) {
    return { id, ok: false, code: 'planner-failed', message: `the planner failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const port = parentPort;
if (port) port.on('message', (message: unknown) => port.postMessage(answer(message)));
