/**
 * What the server and the grouping thread say to each other, checked on the receiving side: a
 * structured clone carries any shape, and a bad one must come back as a clear error, not a crash.
 */
import { z } from 'zod';
import { LANGUAGES } from '@/lib/i18n/locales';
import type { GroupingSuggestion } from '@/lib/domain/grouping/suggest-groups';

/** Server → thread: group these ideas. */
export const groupingRequestSchema = z.object({
  id: z.number().int(),
  ideas: z.array(z.object({ id: z.string(), text: z.string() })),
  language: z.enum(LANGUAGES),
});
export type GroupingRequest = z.infer<typeof groupingRequestSchema>;

const suggestionSchema = z.object({
  groups: z.array(z.object({ name: z.string(), terms: z.array(z.string()), ideaIds: z.array(z.string()) })),
  ungrouped: z.array(z.string()),
}) satisfies z.ZodType<GroupingSuggestion>;

/** Thread → server: the suggestion, or why there is none. */
export type GroupingReply = { id: number; ok: true; suggestion: GroupingSuggestion } | { id: number; ok: false; message: string };

export const groupingReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), suggestion: suggestionSchema }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]) satisfies z.ZodType<GroupingReply>;
