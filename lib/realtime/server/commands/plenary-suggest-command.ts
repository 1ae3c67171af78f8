/**
 * `plenary:suggest`: the suggested grouping of the café's ideas, computed on the server and
 * answered in the ack. The ideas are read in the turn's batch (after the writes sent before it),
 * then grouped later — off the server's thread when the café is large — and the ack waits for the
 * result. Nothing is written.
 */
import type { Tx } from '@/db/client';
import { plenaryIdeas } from '@/db/queries/plenary-view';
import type { IdeaText } from '@/lib/domain/grouping/suggest-groups';
import { plenarySuggestSchema } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { sharedGroupingRunner } from '@/lib/realtime/server/plenary-grouping';

/**
 * What is grouped: each item-to-be (an idea not marked the same as another) with its text and the
 * texts of the ideas marked the same as it, optionally only those in no workstream yet.
 */
function ideasToGroup(tx: Tx, sessionId: string, unplacedOnly: boolean): IdeaText[] {
  const ideas = plenaryIdeas(tx, sessionId);
  const texts = new Map<string, string[]>();
  for (const idea of ideas) {
    const root = idea.sameAsId ?? idea.id;
    texts.set(root, [...(texts.get(root) ?? []), idea.text]);
  }
  return ideas
    .filter((idea) => idea.sameAsId === null && !(unplacedOnly && idea.workstreamId !== null))
    .map((idea) => ({ id: idea.id, text: (texts.get(idea.id) ?? [idea.text]).join('\n') }));
}

export const plenarySuggestCommand = declareCommand({
  event: 'plenary:suggest',
  auth: sessionOrganiser,
  schema: plenarySuggestSchema,
  run: ({ unplacedOnly }, { tx, actor }) => {
    const ideas = ideasToGroup(tx, actor.row.id, unplacedOnly ?? false);
    // Grouped off the transaction (and off the thread for a large café); nothing is written after.
    const suggestion = sharedGroupingRunner().suggest(ideas, actor.row.language);
    return { later: suggestion.then((found) => () => ({ result: { suggestion: found } })) };
  },
});
