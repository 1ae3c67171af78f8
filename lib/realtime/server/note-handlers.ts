import { getIdea } from '@/db/queries/ideas';
import { countNotesOf, deleteNote, getNote, insertNote, updateNoteText, type NoteRow } from '@/db/queries/notes';
import { setReaction } from '@/db/queries/reactions';
import { bumpTableSeq } from '@/db/queries/seating';
import type { Tx } from '@/db/queries/sessions';
import { canWriteNotes, isShared } from '@/lib/domain/visibility';
import { LIMITS, noteAddSchema, noteDeleteSchema, noteEditSchema, reactionSchema } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { onCommand, type CommandContext } from './command';
import { requirePhone, type PhoneContext } from './table-context';
import { CommandError, type Identity, type RealtimeSocket } from './types';

const participant = (identity: Identity) => identity.role === 'participant';

/** The author's own note, editable only during the reflection of its round. */
function requireOwnEditableNote(tx: Tx, phone: PhoneContext, noteId: string): NoteRow {
  const note = getNote(tx, noteId);
  if (!note || note.sessionId !== phone.row.id) throw new CommandError('not-found', 'no such note');
  if (note.authorId !== phone.me.id) throw new CommandError('forbidden', 'only its author may change a note');
  const { stage } = phone.live;
  if (!canWriteNotes(stage) || stage.round !== note.roundIndex) throw new CommandError('wrong-phase', 'notes can be changed during the reflection only');
  return note;
}

/** Individual notes (reflection phase only, private until the sharing) and +1 reactions. */
export function registerNoteHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster): void {
  const changedTable = (sessionId: string, tableId: string) => () => broadcaster.tables(sessionId, [tableId]);

  onCommand(
    socket,
    'note:add',
    {
      allow: participant,
      schema: noteAddSchema,
      idempotent: true,
      run: ({ noteId, text }, { tx, identity, now }) => {
        const phone = requirePhone(tx, identity);
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
        bumpTableSeq(tx, [phone.me.tableId]);
        return { result: {}, broadcast: changedTable(phone.row.id, phone.me.tableId) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'note:edit',
    {
      allow: participant,
      schema: noteEditSchema,
      idempotent: true,
      run: ({ noteId, text }, { tx, identity, now }) => {
        const phone = requirePhone(tx, identity);
        const note = requireOwnEditableNote(tx, phone, noteId);
        updateNoteText(tx, note.id, text, now);
        bumpTableSeq(tx, [note.tableId]);
        return { result: {}, broadcast: changedTable(phone.row.id, note.tableId) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'note:delete',
    {
      allow: participant,
      schema: noteDeleteSchema,
      idempotent: true,
      run: ({ noteId }, { tx, identity }) => {
        const phone = requirePhone(tx, identity);
        const note = requireOwnEditableNote(tx, phone, noteId);
        deleteNote(tx, note.id);
        bumpTableSeq(tx, [note.tableId]);
        return { result: {}, broadcast: changedTable(phone.row.id, note.tableId) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'reaction:set',
    {
      allow: participant,
      schema: reactionSchema,
      idempotent: true,
      run: ({ targetId, on }, { tx, identity }) => {
        const phone = requirePhone(tx, identity);
        const tableId = phone.me.tableId;
        if (!tableId) throw new CommandError('not-seated', 'sit at a table first');
        const note = getNote(tx, targetId);
        const idea = note ? null : getIdea(tx, targetId);
        // +1 goes to the table's shared notes and its ideas; what this person may not see does not exist for them.
        const visible = note ? note.tableId === tableId && isShared(note.roundIndex, phone.live.stage) : idea?.tableId === tableId;
        if (!visible) throw new CommandError('not-found', 'nothing to react to');
        setReaction(tx, { targetId, participantId: phone.me.id, sessionId: phone.row.id, tableId }, on);
        bumpTableSeq(tx, [tableId]);
        return { result: {}, broadcast: changedTable(phone.row.id, tableId) };
      },
    },
    ctx,
  );
}
