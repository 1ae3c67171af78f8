/** What the console's "Seating wishes" section derives from the session view: wishes in words, choices, the add form. */
import type { ConstraintInput, ConstraintView, ParticipantView, TableSummary } from '@/lib/realtime/contract';

/** The parts of a wish the messages need; `round` is 1-based, 0 for every round. */
export type WishWords = { kind: ConstraintView['kind']; a: string; b: string; table: TableSummary | null; round: number; inactive: boolean };

const hostIds = (seating: readonly TableSummary[]) => new Set(seating.flatMap((t) => (t.hostId ? [t.hostId] : [])));

/** A wish with names instead of ids; `inactive` when someone in it hosts a table now (the planner leaves it out). */
export function wishWords(wish: ConstraintView, participants: readonly ParticipantView[], seating: readonly TableSummary[]): WishWords {
  const name = (id: string) => participants.find((p) => p.id === id)?.displayName ?? '?';
  const hosts = hostIds(seating);
  const round = wish.round === null ? 0 : wish.round + 1;
  if (wish.kind === 'stay') {
    return { kind: 'stay', a: name(wish.person), b: '', table: seating.find((t) => t.id === wish.tableId) ?? null, round, inactive: hosts.has(wish.person) };
  }
  return { kind: wish.kind, a: name(wish.a), b: name(wish.b), table: null, round, inactive: hosts.has(wish.a) || hosts.has(wish.b) };
}

export type WishChoices = {
  /** Everyone who moves (hosts stay at their table), by name. */
  people: { id: string; label: string }[];
  /** Tables in the room's order. */
  tables: TableSummary[];
  /** Rounds still to seat, 0-based. */
  rounds: number[];
};

export function wishChoices(participants: readonly ParticipantView[], seating: readonly TableSummary[], nextRound: number, roundCount: number): WishChoices {
  const hosts = hostIds(seating);
  const people = participants
    .filter((p) => !hosts.has(p.id))
    .map((p) => ({ id: p.id, label: p.groupLabel ? `${p.displayName} (${p.groupLabel})` : p.displayName }))
    .sort((x, y) => x.label.localeCompare(y.label));
  return {
    people,
    tables: [...seating].sort((x, y) => x.number - y.number),
    rounds: Array.from({ length: Math.max(0, roundCount - nextRound) }, (_, i) => nextRound + i),
  };
}

/** The add form as chosen: ids, or '' while nothing is picked; `round` '' is every round. */
export type WishForm = { kind: ConstraintView['kind']; a: string; b: string; tableId: string; round: string };

export const EMPTY_WISH: WishForm = { kind: 'apart', a: '', b: '', tableId: '', round: '' };

export type WishProblem = 'pick-people' | 'same-person' | 'pick-person' | 'pick-table';

/** The wish to send, or what is missing. */
export function wishFromForm(form: WishForm): { ok: true; constraint: ConstraintInput } | { ok: false; problem: WishProblem } {
  const round = form.round === '' ? {} : { round: Number(form.round) };
  if (form.kind === 'stay') {
    if (!form.a) return { ok: false, problem: 'pick-person' };
    if (!form.tableId) return { ok: false, problem: 'pick-table' };
    return { ok: true, constraint: { kind: 'stay', person: form.a, tableId: form.tableId, ...round } };
  }
  if (!form.a || !form.b) return { ok: false, problem: 'pick-people' };
  if (form.a === form.b) return { ok: false, problem: 'same-person' };
  return { ok: true, constraint: { kind: form.kind, a: form.a, b: form.b, ...round } };
}
