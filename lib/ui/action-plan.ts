/**
 * The action plan as the screens show it: the console's rows (the roadmap's actions, then the
 * shortlisted items still without one) and the projector's roadmap grouped by horizon. Pure.
 */
import { HORIZONS, type Horizon } from '@/lib/domain/plenary/plenary-types';
import type { ActionView, PlenaryItem } from '@/lib/realtime/contract';

/** A row of the console's plan: an item with its action, or a shortlisted item that has none yet. */
export type PlanRow = { item: PlenaryItem; action: ActionView | null };

/**
 * The roadmap's actions in order, then the shortlisted items without an action (in the shortlist's
 * order); `others` are the items that can still be added (neither planned nor shortlisted).
 */
export function planRows(
  items: readonly PlenaryItem[],
  shortlist: readonly string[],
  actions: readonly ActionView[],
): { rows: PlanRow[]; others: PlenaryItem[] } {
  const byId = new Map(items.map((item) => [item.id, item]));
  const planned = [...actions]
    .sort((a, b) => a.position - b.position)
    .flatMap((action) => {
      const item = byId.get(action.itemId);
      return item ? [{ item, action }] : [];
    });
  const plannedIds = new Set(planned.map((row) => row.item.id));
  const waiting = shortlist.flatMap((id) => {
    const item = byId.get(id);
    return item && !plannedIds.has(id) ? [{ item, action: null }] : [];
  });
  const others = items.filter((item) => !plannedIds.has(item.id) && !shortlist.includes(item.id));
  return { rows: [...planned, ...waiting], others };
}

/** The roadmap's codes after moving one action up (-1) or down (+1); the same order when it cannot move. */
export function movedCodes(actions: readonly ActionView[], code: string, by: -1 | 1): string[] {
  const codes = [...actions].sort((a, b) => a.position - b.position).map((a) => a.code);
  const from = codes.indexOf(code);
  const to = from + by;
  if (from < 0 || to < 0 || to >= codes.length) return codes;
  codes.splice(from, 1);
  codes.splice(to, 0, code);
  return codes;
}

/** A group of the roadmap: a horizon, the dated actions, or those with neither yet. */
export type RoadmapGroup =
  { kind: 'horizon'; horizon: Horizon; actions: ActionView[] } | { kind: 'dated'; actions: ActionView[] } | { kind: 'unscheduled'; actions: ActionView[] };

/**
 * Short, medium, long term (each in the roadmap's order), then the dated actions by date (the
 * roadmap's order between equal dates), then those with neither; empty groups are left out.
 */
export function roadmapGroups(actions: readonly ActionView[]): RoadmapGroup[] {
  const ordered = [...actions].sort((a, b) => a.position - b.position);
  const groups: RoadmapGroup[] = HORIZONS.map((horizon) => ({ kind: 'horizon' as const, horizon, actions: ordered.filter((a) => a.horizon === horizon) }));
  groups.push({
    kind: 'dated',
    actions: ordered
      .filter((a) => a.horizon === null && a.deadline !== null)
      .sort((a, b) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : 0)),
  });
  groups.push({ kind: 'unscheduled', actions: ordered.filter((a) => a.horizon === null && a.deadline === null) });
  return groups.filter((group) => group.actions.length > 0);
}

/** When an action is due, as its form edits it: a horizon, a date, or neither. */
export type When = { kind: 'none' } | { kind: 'horizon'; horizon: Horizon } | { kind: 'date'; deadline: string };

export function whenOf(action: Pick<ActionView, 'deadline' | 'horizon'> | null): When {
  if (action?.horizon) return { kind: 'horizon', horizon: action.horizon };
  if (action?.deadline) return { kind: 'date', deadline: action.deadline };
  return { kind: 'none' };
}

/** The fields `action:upsert` needs for a new "when": the other one sent as null (a date or a horizon, never both). */
export function whenFields(when: When): { deadline: string | null; horizon: Horizon | null } {
  if (when.kind === 'horizon') return { deadline: null, horizon: when.horizon };
  if (when.kind === 'date') return { deadline: when.deadline, horizon: null };
  return { deadline: null, horizon: null };
}
