import { deleteIdea, getIdea, ideasAt, insertIdea, nextIdeaPosition, setIdeaPosition, updateIdeaText } from '@/db/queries/ideas';
import { notesAt } from '@/db/queries/notes';
import { setReactionsCleared } from '@/db/queries/reactions';
import { bumpTableSeq, hostedTable, rosterOf, setRecapClosedRound, type TableRow } from '@/db/queries/seating';
import type { Tx } from '@/db/queries/sessions';
import { loadQueue, saveQueue } from '@/db/queries/speaking';
import { randomInt } from 'node:crypto';
import { ideaLineage } from '@/lib/domain/idea-lineage';
import { seededRandom } from '@/lib/domain/seeded-random';
import { currentRound } from '@/lib/domain/session-machine';
import { advance, skip, speakingSlotMs, startQueue } from '@/lib/domain/speaking-order';
import { canConsolidate } from '@/lib/domain/visibility';
import { ideaAddSchema, ideaDeleteSchema, ideaEditSchema, ideaReorderSchema, LIMITS, recapCloseSchema, turnSchema } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { onCommand, type CommandContext } from './command';
import { requireTable } from './table-context';
import { CommandError, type Identity, type RealtimeSocket } from './types';
import { requireSessionContext, type SessionContext } from './view-context';

type Steward = SessionContext & { table: TableRow; role: 'host' | 'organiser' };

const hostOrOrganiser = (identity: Identity) => identity.role === 'participant' || (identity.role === 'organiser' && identity.sessionId !== null);

/**
 * Who shapes a table's output: its host (for their own table only) or the organiser (naming the
 * table). Decided from the socket's identity, never from the payload.
 */
function requireSteward(tx: Tx, identity: Identity, tableId: string | undefined): Steward {
  if (identity.role === 'organiser' && identity.sessionId !== null) {
    if (!tableId) throw new CommandError('invalid-payload', 'the organiser names the table (tableId)');
    const session = requireSessionContext(tx, identity.sessionId);
    return { ...session, table: requireTable(tx, session.row.id, tableId), role: 'organiser' };
  }
  if (identity.role !== 'participant') throw new CommandError('forbidden');
  const hosted = hostedTable(tx, identity.participantId);
  if (!hosted) throw new CommandError('forbidden', 'only the table host may do this');
  if (tableId !== undefined && tableId !== hosted.id) throw new CommandError('forbidden', 'a host acts on their own table only');
  return { ...requireSessionContext(tx, identity.sessionId), table: hosted, role: 'host' };
}

/** The round whose ideas may be shaped now, or wrong-phase. */
function consolidationRound(steward: Steward): number {
  const round = currentRound(steward.live.stage, steward.roundCount);
  if (round === null || !canConsolidate(steward.role, steward.live.stage))
    throw new CommandError('wrong-phase', 'ideas are consolidated during the consolidation phase');
  return round;
}

function requireIdeaOf(tx: Tx, steward: Steward, ideaId: string, round: number) {
  const idea = getIdea(tx, ideaId);
  if (!idea || idea.sessionId !== steward.row.id) throw new CommandError('not-found', 'no such idea');
  if (idea.tableId !== steward.table.id) throw new CommandError('forbidden', 'this idea belongs to another table');
  if (steward.role === 'host' && idea.roundIndex !== round) throw new CommandError('wrong-phase', 'ideas of earlier rounds are settled');
  return idea;
}

/** The tour de table (host: next, skip), consolidated ideas (merge, edit, reorder, delete) and the recap. */
export function registerConsolidationHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster): void {
  const done = (steward: Steward, tx: Tx) => {
    bumpTableSeq(tx, [steward.table.id]);
    return { result: {}, broadcast: () => broadcaster.tables(steward.row.id, [steward.table.id]) };
  };

  for (const [event, step] of [
    ['turn:next', advance],
    ['turn:skip', skip],
  ] as const) {
    onCommand(
      socket,
      event,
      {
        allow: hostOrOrganiser,
        schema: turnSchema,
        idempotent: true,
        run: ({ tableId }, { tx, identity, now }) => {
          const steward = requireSteward(tx, identity, tableId);
          const { stage } = steward.live;
          if (stage.kind !== 'phase' || stage.phase !== 'sharing') throw new CommandError('wrong-phase', 'the tour de table is in the sharing phase');
          // A table that had nobody when the sharing began starts its tour now.
          const people = rosterOf(tx, steward.table.id).map((p) => p.id);
          const sharingMs = steward.plan.rounds[stage.round]?.sharingMs ?? 0;
          const queue =
            loadQueue(tx, steward.table.id, stage.round) ??
            startQueue(people, speakingSlotMs(sharingMs, people.length, steward.row.speakingTurnMs), seededRandom(randomInt(2 ** 31)), now);
          saveQueue(tx, steward.table.id, stage.round, step(queue, now));
          return done(steward, tx);
        },
      },
      ctx,
    );
  }

  onCommand(
    socket,
    'idea:add',
    {
      allow: hostOrOrganiser,
      schema: ideaAddSchema,
      idempotent: true,
      run: ({ ideaId, text, sourceNoteIds, tableId }, { tx, identity, now }) => {
        const steward = requireSteward(tx, identity, tableId);
        const round = consolidationRound(steward);
        if (getIdea(tx, ideaId)) throw new CommandError('conflict', 'an idea with this id already exists');
        if (ideasAt(tx, steward.table.id, round).length >= LIMITS.ideasPerRound)
          throw new CommandError('too-many', `at most ${LIMITS.ideasPerRound} ideas per round`);
        const notes = new Map(notesAt(tx, steward.table.id, round).map((n) => [n.id, n]));
        // Lineage keeps the authors (the server knows them); views hide them in anonymous sessions.
        const lineage = ideaLineage(sourceNoteIds, notes, { tableId: steward.table.id, round }, false);
        if (!lineage.ok) throw new CommandError('not-found', `note ${lineage.noteId} is not a note of this table and round`);
        const sources = lineage.lineage.noteIds.map((noteId) => ({ noteId, authorId: notes.get(noteId)!.authorId }));
        insertIdea(
          tx,
          {
            id: ideaId,
            sessionId: steward.row.id,
            roundIndex: round,
            tableId: steward.table.id,
            text,
            position: nextIdeaPosition(tx, steward.table.id, round),
            createdAt: now,
            updatedAt: now,
          },
          sources,
        );
        return done(steward, tx);
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'idea:edit',
    {
      allow: hostOrOrganiser,
      schema: ideaEditSchema,
      idempotent: true,
      run: ({ ideaId, text }, { tx, identity, now }) => {
        const idea = getIdea(tx, ideaId);
        const steward = requireSteward(tx, identity, identity.role === 'organiser' ? idea?.tableId : undefined);
        requireIdeaOf(tx, steward, ideaId, consolidationRound(steward));
        updateIdeaText(tx, ideaId, text, now);
        return done(steward, tx);
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'idea:delete',
    {
      allow: hostOrOrganiser,
      schema: ideaDeleteSchema,
      idempotent: true,
      run: ({ ideaId }, { tx, identity }) => {
        const idea = getIdea(tx, ideaId);
        const steward = requireSteward(tx, identity, identity.role === 'organiser' ? idea?.tableId : undefined);
        requireIdeaOf(tx, steward, ideaId, consolidationRound(steward));
        deleteIdea(tx, ideaId);
        setReactionsCleared(tx, ideaId);
        return done(steward, tx);
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'idea:reorder',
    {
      allow: hostOrOrganiser,
      schema: ideaReorderSchema,
      idempotent: true,
      run: ({ ideaIds, tableId }, { tx, identity }) => {
        const steward = requireSteward(tx, identity, tableId);
        const round = consolidationRound(steward);
        const current = ideasAt(tx, steward.table.id, round).map((i) => i.id);
        const same = current.length === ideaIds.length && new Set(ideaIds).size === ideaIds.length && ideaIds.every((id) => current.includes(id));
        if (!same) throw new CommandError('conflict', 'the ideas changed meanwhile: reorder the current list');
        ideaIds.forEach((id, position) => setIdeaPosition(tx, id, position));
        return done(steward, tx);
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'recap:close',
    {
      allow: (identity) => identity.role === 'participant',
      schema: recapCloseSchema,
      idempotent: true,
      run: (_input, { tx, identity }) => {
        const steward = requireSteward(tx, identity, undefined);
        const round = currentRound(steward.live.stage, steward.roundCount);
        if (round === null) throw new CommandError('wrong-phase', 'no round is running');
        setRecapClosedRound(tx, steward.table.id, round);
        return done(steward, tx);
      },
    },
    ctx,
  );
}
