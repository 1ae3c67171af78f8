/**
 * What a change of seat may do, by stage. Pure: the server applies these rules to every move — a
 * phone opening another table's link, the organiser's choice, a rotation.
 */
import type { Stage } from './session-machine';
import { canWriteNotes } from './visibility';

/** Seats change until the café is closed; after that nothing moves (the deliverables describe who sat where). */
export function canChangeSeats(stage: Stage): boolean {
  return stage.kind !== 'closed';
}

/**
 * The round whose notes go with someone who changes tables now, or null. During the reflection
 * a person's notes are theirs alone (nobody else has seen them), so they follow their author to the
 * new table; from the sharing on, notes belong to the table where they were shared and stay there.
 */
export function notesFollowingMover(stage: Stage): number | null {
  return canWriteNotes(stage) ? stage.round : null;
}
