/**
 * The suggested grouping, off the server's thread when the café is large: `suggestGroups` takes
 * about 0.1 s for 200 ideas and seconds for thousands (docs/plenary.md), which would stall every
 * phone's ack. A small café is grouped at once on the server's thread (a few milliseconds); a large
 * one in a worker thread, started on the first request and ended after a minute idle.
 */
import { z } from 'zod';
import { suggestGroups, type GroupingSuggestion, type IdeaText } from '@/lib/domain/grouping/suggest-groups';
import type { Language } from '@/lib/i18n/locales';
import { groupingReplySchema, type GroupingRequest } from './plenary-grouping-messages';
import { createRequestThread, type ThreadFailure } from './request-thread';

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

const WORKER_ENTRY = new URL('./plenary-grouping-worker.mjs', import.meta.url);

/** What a failure of the thread itself says. */
const FAILURES: Record<ThreadFailure, (message: string) => string> = {
  'unreadable-reply': (message) => `the grouping thread sent an unreadable reply: ${message}`,
  failed: (message) => `the grouping thread failed: ${message}`,
  stopped: (code) => `the grouping thread stopped (exit code ${code})`,
  closed: () => 'the grouping runner is closed',
  'not-sendable': (message) => `the ideas could not be sent to the grouping thread: ${message}`,
};

export function createGroupingRunner(options: { inlineMaxIdeas?: number; idleMs?: number } = {}): GroupingRunner {
  const inlineMax = options.inlineMaxIdeas ?? GROUP_INLINE_MAX_IDEAS;
  let closed = false;
  const thread = createRequestThread<GroupingRequest, GroupingSuggestion, GroupingError>({
    entry: WORKER_ENTRY,
    idleMs: options.idleMs ?? GROUPING_IDLE_MS,
    readReply(message) {
      const reply = groupingReplySchema.safeParse(message);
      if (!reply.success) return { unreadable: z.prettifyError(reply.error) };
      const { id } = reply.data;
      return reply.data.ok ? { id, ok: true, value: reply.data.suggestion } : { id, ok: false, error: new GroupingError(reply.data.message) };
    },
    failure: (kind, message) => new GroupingError(FAILURES[kind](message)),
  });

  return {
    suggest(ideas, language) {
      if (closed) return Promise.reject(new GroupingError(FAILURES.closed('')));
      if (ideas.length <= inlineMax) {
        try {
          return Promise.resolve(suggestGroups(ideas, { language }));
        } catch (error) {
          return Promise.reject(new GroupingError(`the grouping failed: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
      return thread.request((id) => ({ id, ideas: ideas.map(({ id: ideaId, text }) => ({ id: ideaId, text })), language }));
    },
    close() {
      closed = true;
      return thread.close();
    },
  };
}

let shared: GroupingRunner | null = null;

/** The process's runner (its thread ends by itself when idle, so nothing needs to close it). */
export function sharedGroupingRunner(): GroupingRunner {
  shared ??= createGroupingRunner();
  return shared;
}
