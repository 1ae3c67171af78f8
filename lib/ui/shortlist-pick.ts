/** The organiser's pick for the shortlist, edited as a whole list (sent whole with `shortlist:set`). */
import type { PlenaryItem } from '@/lib/realtime/contract';

/** The shortlist's items that still exist, in order (an item deleted since is left out). */
export function pickedItems(shortlist: readonly string[], items: readonly PlenaryItem[]): PlenaryItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return shortlist.flatMap((id) => byId.get(id) ?? []);
}

/** The items one may still add, in the items' order. */
export function addableItems(shortlist: readonly string[], items: readonly PlenaryItem[]): PlenaryItem[] {
  const picked = new Set(shortlist);
  return items.filter((item) => !picked.has(item.id));
}

/** The list with an item added at the end (once) or taken out. */
export function withItem(shortlist: readonly string[], id: string): string[] {
  return shortlist.includes(id) ? [...shortlist] : [...shortlist, id];
}
export function withoutItem(shortlist: readonly string[], id: string): string[] {
  return shortlist.filter((other) => other !== id);
}

/** The list with the item moved by `delta` places; out of range: unchanged. */
export function movedItem(shortlist: readonly string[], id: string, delta: number): string[] {
  const from = shortlist.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= shortlist.length) return [...shortlist];
  const rest = shortlist.filter((other) => other !== id);
  rest.splice(to, 0, id);
  return rest;
}
