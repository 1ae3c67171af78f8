/**
 * The restitution: table by table, the presenting host pages through the table's ideas (every
 * round's) and the one being presented is highlighted on the projector. Pure.
 */
import type { Stage } from '@/lib/domain/session-machine';

export const RESTITUTION_ERROR_CODES = ['wrong-step', 'wrong-table', 'unknown-idea'] as const;
export type RestitutionErrorCode = (typeof RESTITUTION_ERROR_CODES)[number];

/** The presenting table's id (`tableIds` in table order), or null outside the restitution. */
export function presentingTableId(stage: Stage, tableIds: readonly string[]): string | null {
  if (stage.kind !== 'plenary' || stage.step !== 'restitution') return null;
  return tableIds[stage.table] ?? null;
}

/**
 * Whether `actor` may highlight `idea` (null: clear the highlight) now: during the restitution, the
 * presenting table's host or the organiser, and only an idea of the presenting table.
 */
export function checkPresentedIdea(
  actor: { role: 'organiser' } | { role: 'host'; tableId: string },
  idea: { tableId: string } | null | 'unknown',
  stage: Stage,
  tableIds: readonly string[],
): RestitutionErrorCode | null {
  const presenting = presentingTableId(stage, tableIds);
  if (presenting === null) return 'wrong-step';
  if (actor.role === 'host' && actor.tableId !== presenting) return 'wrong-table';
  if (idea === 'unknown') return 'unknown-idea';
  if (idea !== null && idea.tableId !== presenting) return 'wrong-table';
  return null;
}

/** The highlight after a move: kept while the same table presents, cleared when another table (or step) comes. */
export function presentedIdeaAfterMove(presentedIdeaId: string | null, from: Stage, to: Stage, tableIds: readonly string[]): string | null {
  const before = presentingTableId(from, tableIds);
  return before !== null && before === presentingTableId(to, tableIds) ? presentedIdeaId : null;
}
