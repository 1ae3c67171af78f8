import type { Tx } from '@/db/client';
import { deleteIdea, getIdea, ideasAt, insertIdea, nextIdeaPosition, setIdeaPosition, updateIdeaText, type IdeaRow } from '@/db/queries/ideas';
import { notesAt } from '@/db/queries/notes';
import { setReactionsCleared } from '@/db/queries/reactions';
import { setRecapClosedRound } from '@/db/queries/seating';
import { ideaLineage } from '@/lib/domain/idea-lineage';
import { currentRound } from '@/lib/domain/session-machine';
import { ideaAddSchema, ideaDeleteSchema, ideaEditSchema, ideaReorderSchema, LIMITS, recapCloseSchema } from '@/lib/realtime/contract';
import { hostOrOrganiser, tableHost, type StewardContext } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { consolidationRound, stewardTable } from './steward';
import { tableChanged } from './table-changed';

/** An idea the steward may change now: of this session and their table; a host only this round's. */
function requireIdea(tx: Tx, ctx: StewardContext, ideaId: string): IdeaRow {
  const idea = getIdea(tx, ideaId);
  if (!idea || idea.sessionId !== ctx.row.id) throw new CommandError('not-found', 'no such idea');
  const round = consolidationRound(ctx);
  stewardTable(tx, ctx, idea.tableId);
  if (ctx.steward.role === 'host' && idea.roundIndex !== round) throw new CommandError('wrong-phase', 'ideas of earlier rounds are settled');
  return idea;
}

/** Merges notes of this table and round into a consolidated idea (or writes one from scratch). */
export const ideaAddCommand = declareCommand({
  event: 'idea:add',
  auth: hostOrOrganiser,
  schema: ideaAddSchema,
  idempotent: true,
  run: ({ ideaId, text, sourceNoteIds, tableId }, { tx, actor, now, services }) => {
    const table = stewardTable(tx, actor, tableId);
    const round = consolidationRound(actor);
    if (getIdea(tx, ideaId)) throw new CommandError('conflict', 'an idea with this id already exists');
    if (ideasAt(tx, table.id, round).length >= LIMITS.ideasPerRound) throw new CommandError('too-many', `at most ${LIMITS.ideasPerRound} ideas per round`);
    const notes = new Map(notesAt(tx, table.id, round).map((n) => [n.id, n]));
    // Lineage keeps the authors (the server knows them); views hide them in anonymous sessions.
    const lineage = ideaLineage(sourceNoteIds, notes, { tableId: table.id, round }, false);
    if (!lineage.ok) throw new CommandError('not-found', `note ${lineage.noteId} is not a note of this table and round`);
    const sources = lineage.lineage.noteIds.map((noteId) => ({ noteId, authorId: notes.get(noteId)!.authorId }));
    insertIdea(
      tx,
      {
        id: ideaId,
        sessionId: actor.row.id,
        roundIndex: round,
        tableId: table.id,
        text,
        position: nextIdeaPosition(tx, table.id, round),
        createdAt: now,
        updatedAt: now,
      },
      sources,
    );
    return tableChanged(tx, services, actor.row.id, table.id, { ideas: true });
  },
});

export const ideaEditCommand = declareCommand({
  event: 'idea:edit',
  auth: hostOrOrganiser,
  schema: ideaEditSchema,
  idempotent: true,
  run: ({ ideaId, text }, { tx, actor, now, services }) => {
    const idea = requireIdea(tx, actor, ideaId);
    updateIdeaText(tx, ideaId, text, now);
    return tableChanged(tx, services, actor.row.id, idea.tableId, { ideas: true });
  },
});

export const ideaDeleteCommand = declareCommand({
  event: 'idea:delete',
  auth: hostOrOrganiser,
  schema: ideaDeleteSchema,
  idempotent: true,
  run: ({ ideaId }, { tx, actor, services }) => {
    const idea = requireIdea(tx, actor, ideaId);
    deleteIdea(tx, ideaId);
    setReactionsCleared(tx, ideaId);
    return tableChanged(tx, services, actor.row.id, idea.tableId, { ideas: true });
  },
});

/** The full new order of the round's ideas (refused when the list changed meanwhile). */
export const ideaReorderCommand = declareCommand({
  event: 'idea:reorder',
  auth: hostOrOrganiser,
  schema: ideaReorderSchema,
  idempotent: true,
  run: ({ ideaIds, tableId }, { tx, actor, services }) => {
    const table = stewardTable(tx, actor, tableId);
    const round = consolidationRound(actor);
    const current = ideasAt(tx, table.id, round).map((i) => i.id);
    const same = current.length === ideaIds.length && new Set(ideaIds).size === ideaIds.length && ideaIds.every((id) => current.includes(id));
    if (!same) throw new CommandError('conflict', 'the ideas changed meanwhile: reorder the current list');
    ideaIds.forEach((id, position) => setIdeaPosition(tx, id, position));
    return tableChanged(tx, services, actor.row.id, table.id, { ideas: true });
  },
});

/** The host stops showing the recap of earlier rounds on the newcomers' phones. */
export const recapCloseCommand = declareCommand({
  event: 'recap:close',
  auth: tableHost,
  schema: recapCloseSchema,
  idempotent: true,
  run: (_input, { tx, actor: host, services }) => {
    const round = currentRound(host.live.stage, host.roundCount);
    if (round === null) throw new CommandError('wrong-phase', 'no round is running');
    setRecapClosedRound(tx, host.table.id, round);
    return tableChanged(tx, services, host.row.id, host.table.id);
  },
});
