/**
 * The suggested grouping's own thread (started by `plenary-grouping.ts` through
 * `plenary-grouping-worker.mjs`): groups one request at a time, so the server's thread keeps
 * answering phones meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { suggestGroups } from '@/lib/domain/grouping/suggest-groups';
import { groupingRequestSchema, type GroupingReply } from './plenary-grouping-messages';

function answer(message: unknown): GroupingReply {
  const request = groupingRequestSchema.safeParse(message);
  if (!request.success) return { id: -1, ok: false, message: `malformed grouping request: ${z.prettifyError(request.error)}` };
  const { id, ideas, language } = request.data;
  try {
    return { id, ok: true, suggestion: suggestGroups(ideas, { language }) };
  } catch (error) {
    return { id, ok: false, message: `the grouping failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const port = parentPort;
if (port) port.on('message', (message: unknown) => port.postMessage(answer(message)));
