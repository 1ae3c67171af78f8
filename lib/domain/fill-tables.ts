/** "Fill tables": unseated people go, one at a time, to the table with the fewest people (then the lowest number). */

export type TableLoad = { tableId: string; seated: number };

export function fillTables(tables: readonly TableLoad[], unseated: readonly string[]): { participantId: string; tableId: string }[] {
  if (tables.length === 0) return [];
  const loads = tables.map((t) => ({ ...t }));
  return unseated.map((participantId) => {
    let smallest = loads[0] as TableLoad;
    for (const load of loads) if (load.seated < smallest.seated) smallest = load;
    smallest.seated += 1;
    return { participantId, tableId: smallest.tableId };
  });
}
