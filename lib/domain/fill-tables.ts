/**
 * "Fill tables": unseated people go, one at a time, to the table with the fewest people (then the
 * lowest number) among those below their maximum; when every table is full, to the smallest table
 * anyway — nobody is left standing.
 */

/** A table's head count now (host included) and its maximum, if the session sets one. */
export type TableLoad = { tableId: string; seated: number; max?: number | null };

export function fillTables(tables: readonly TableLoad[], unseated: readonly string[]): { participantId: string; tableId: string }[] {
  if (tables.length === 0) return [];
  const loads = tables.map((t) => ({ ...t }));
  const hasRoom = (t: TableLoad) => t.max === undefined || t.max === null || t.seated < t.max;
  return unseated.map((participantId) => {
    const open = loads.filter(hasRoom);
    const candidates = open.length > 0 ? open : loads;
    let smallest = candidates[0] as TableLoad;
    for (const load of candidates) if (load.seated < smallest.seated) smallest = load;
    smallest.seated += 1;
    return { participantId, tableId: smallest.tableId };
  });
}
