/** How the host's consolidation list shows the table's shared notes, and what stays ticked after a merge. */
import type { IdeaView, NoteView } from '@/lib/realtime/contract';

/** A shared note as the host's list shows it: with the ideas (their numbers, 1-based, in the list's order) it was merged into. */
export type NoteToMerge = NoteView & { inIdeas: number[] };

/**
 * The notes with the most +1 first (the table's favourites are merged first), ties in the order they
 * were shared; each marked with the ideas it already went into.
 */
export function notesToMerge(notes: readonly NoteView[], ideas: readonly IdeaView[]): NoteToMerge[] {
  const ordered = [...ideas].sort((a, b) => a.position - b.position);
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.plusOnes - a.note.plusOnes || a.index - b.index)
    .map(({ note }) => ({ ...note, inIdeas: ordered.flatMap((idea, i) => (idea.sourceNoteIds.includes(note.id) ? [i + 1] : [])) }));
}

/** After an idea is saved, its notes are unticked; a note ticked meanwhile (for the next idea) stays ticked. */
export function afterMerge(selected: ReadonlySet<string>, merged: readonly string[]): Set<string> {
  const next = new Set(selected);
  for (const id of merged) next.delete(id);
  return next;
}
