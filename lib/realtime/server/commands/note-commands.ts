import type { Tx } from '@/db/client';
import { getIdea } from '@/db/queries/ideas';
import { countNotesOf, deleteNote, getNote, insertNote, updateNoteText, type NoteRow } from '@/db/queries/notes';
import { setReaction } from '@/db/queries/reactions';
import { canWriteNotes, isShared } from '@/lib/domain/visibility';
import { LIMITS, noteAddSchema, noteDeleteSchema, noteEditSchema, reactionSchema } from '@/lib/realtime/contract';
import { participant, type ParticipantContext } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { tableChanged } from './table-changed';

/** The author's own note, editable only during the reflection of its round. */
function requireOwnEditableNote(tx: Tx, phone: ParticipantContext, noteId: string): NoteRow {
  const note = getNote(tx, noteId);
  if (!note || note.sessionId !== phone.row.id) throw new CommandError('not-found', 'no such note');
  if (note.authorId !== phone.me.id) throw new CommandError('forbidden', 'only its author may change a note');
  const { stage } = phone.live;
  if (!canWriteNotes(stage) || stage.round !== note.roundIndex) throw new CommandError('wrong-phase', 'notes can be changed during the reflection only');
  return note;
}

/** A private note, during the reflection, at the writer's table. */
export const noteAddCommand = declareCommand({
  event: 'note:add',
  auth: participant,
  schema: noteAddSchema,
  idempotent: true,
  run: ({ noteId, text }, { tx, actor: phone, now, services }) => {
    const { stage } = phone.live;
    if (!canWriteNotes(stage)) throw new CommandError('wrong-phase', 'notes are written during the reflection');
    if (!phone.me.tableId) throw new CommandError('not-seated', 'sit at a table first');
    const existing = getNote(tx, noteId);
    if (existing) {
      // The same note sent again under another command id: already stored, nothing to do.
      if (existing.authorId === phone.me.id && existing.text === text) return { result: {} };
      throw new CommandError('conflict', 'a note with this id already exists');
    }
    if (countNotesOf(tx, phone.me.id, stage.round) >= LIMITS.notesPerRound)
      throw new CommandError('too-many', `at most ${LIMITS.notesPerRound} notes per round`);
    insertNote(tx, {
      id: noteId,
      sessionId: phone.row.id,
      roundIndex: stage.round,
      tableId: phone.me.tableId,
      authorId: phone.me.id,
      text,
      createdAt: now,
      updatedAt: now,
    });
    return tableChanged(tx, services, phone.row.id, phone.me.tableId);
  },
});

export const noteEditCommand = declareCommand({
  event: 'note:edit',
  auth: participant,
  schema: noteEditSchema,
  idempotent: true,
  run: ({ noteId, text }, { tx, actor: phone, now, services }) => {
    const note = requireOwnEditableNote(tx, phone, noteId);
    updateNoteText(tx, note.id, text, now);
    return tableChanged(tx, services, phone.row.id, note.tableId);
  },
});

export const noteDeleteCommand = declareCommand({
  event: 'note:delete',
  auth: participant,
  schema: noteDeleteSchema,
  idempotent: true,
  run: ({ noteId }, { tx, actor: phone, services }) => {
    const note = requireOwnEditableNote(tx, phone, noteId);
    deleteNote(tx, note.id);
    return tableChanged(tx, services, phone.row.id, note.tableId);
  },
});

/** +1 on a shared note or an idea of one's table; what this person may not see does not exist for them. */
export const reactionCommand = declareCommand({
  event: 'reaction:set',
  auth: participant,
  schema: reactionSchema,
  idempotent: true,
  run: ({ targetId, on }, { tx, actor: phone, services }) => {
    const tableId = phone.me.tableId;
    if (!tableId) throw new CommandError('not-seated', 'sit at a table first');
    const note = getNote(tx, targetId);
    const idea = note ? null : getIdea(tx, targetId);
    const visible = note ? note.tableId === tableId && isShared(note.roundIndex, phone.live.stage) : idea?.tableId === tableId;
    if (!visible) throw new CommandError('not-found', 'nothing to react to');
    setReaction(tx, { targetId, participantId: phone.me.id, sessionId: phone.row.id, tableId }, on);
    return {
      result: {},
      afterCommit: () => {
        services.broadcaster.plusOne(tableId, targetId);
        services.broadcaster.myPlusOnes(phone.me.id);
      },
    };
  },
});
