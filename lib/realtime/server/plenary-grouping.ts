/**
 * The suggested grouping, off the server's thread when the café is large: `suggestGroups` takes
 * about 0.1 s for 200 ideas and seconds for thousands (docs/plenary.md), which would stall every
 * phone's ack. A small café is grouped at once on the server's thread (a few milliseconds); a large
 * one in a worker thread, started on the first request and ended after a minute idle.
 */
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { suggestGroups, type GroupingSuggestion, type IdeaText } from '@/lib/domain/grouping/suggest-groups';
import type { Language } from '@/lib/i18n/locales';
import { threadLifetime } from './thread-lifetime';
import { groupingReplySchema, type GroupingRequest } from './plenary-grouping-messages';

/** Ideas up to which the grouping runs on the server's thread (≈ 20 ms on the development machine). */
export const GROUP_INLINE_MAX_IDEAS = 80;
/** An idle grouping thread ends after this long; the next request starts one again. */
export const GROUPING_IDLE_MS = 60_000;

/** A grouping the thread could not make (it failed, died, or the runner was closed). */
export class GroupingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GroupingError';
  }
}

export type GroupingRunner = {
  suggest(ideas: readonly IdeaText[], language: Language): Promise<GroupingSuggestion>;
  /** Ends the thread; pending requests are rejected. */
  close(): Promise<void>;
};

type Pending = { resolve: (suggestion: GroupingSuggestion) => void; reject: (error: GroupingError) => void };

const WORKER_ENTRY = new URL('./plenary-grouping-worker.mjs', import.meta.url);

export function createGroupingRunner(options: { inlineMaxIdeas?: number; idleMs?: number } = {}): GroupingRunner {
  const inlineMax = options.inlineMaxIdeas ?? GROUP_INLINE_MAX_IDEAS;
  const idleMs = options.idleMs ?? GROUPING_IDLE_MS;
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: GroupingError): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };

  const lifetime = threadLifetime({ idleMs, current: () => worker, busy: () => pending.size > 0, forget: () => (worker = null) });
  const settle = lifetime.settle;

  const onMessage = (message: unknown): void => {
    const reply = groupingReplySchema.safeParse(message);
    if (!reply.success) {
      failAll(new GroupingError(`the grouping thread sent an unreadable reply: ${z.prettifyError(reply.error)}`));
      settle();
      return;
    }
    const waiting = pending.get(reply.data.id);
    if (!waiting) return;
    pending.delete(reply.data.id);
    if (reply.data.ok) waiting.resolve(reply.data.suggestion);
    else waiting.reject(new GroupingError(reply.data.message));
    settle();
  };

  const start = (): Worker => {
    const thread = new Worker(WORKER_ENTRY);
    thread.on('message', onMessage);
    thread.on('error', (error: Error) => {
      if (worker === thread) worker = null;
      failAll(new GroupingError(`the grouping thread failed: ${error.message}`));
    });
    thread.on('exit', (code: number) => {
      // A thread ended idle (or replaced after an error) is no longer the runner's: its exit concerns no pending request.
      if (worker !== thread) return;
      worker = null;
      if (pending.size > 0) failAll(new GroupingError(`the grouping thread stopped (exit code ${code})`));
    });
    return thread;
  };

  return {
    suggest(ideas, language) {
      if (closed) return Promise.reject(new GroupingError('the grouping runner is closed'));
      if (ideas.length <= inlineMax) {
        try {
          return Promise.resolve(suggestGroups(ideas, { language }));
        } catch (error) {
          return Promise.reject(new GroupingError(`the grouping failed: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
      const id = nextId++;
      const request: GroupingRequest = { id, ideas: ideas.map(({ id: ideaId, text }) => ({ id: ideaId, text })), language };
      return new Promise<GroupingSuggestion>((resolve, reject) => {
        worker ??= start();
        pending.set(id, { resolve, reject });
        settle();
        worker.postMessage(request);
      });
    },
    async close() {
      closed = true;
      lifetime.stop();
      const thread = worker;
      worker = null;
      failAll(new GroupingError('the grouping runner is closed'));
      if (thread) await thread.terminate();
    },
  };
}

let shared: GroupingRunner | null = null;

/** The process's runner (its thread ends by itself when idle, so nothing needs to close it). */
export function sharedGroupingRunner(): GroupingRunner {
  shared ??= createGroupingRunner();
  return shared;
}
