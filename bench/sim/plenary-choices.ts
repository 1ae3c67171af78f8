/**
 * How a simulated participant decides in the plenary: which item gets its next dot, which dot it
 * moves, and how it rates an item on effort × gain. The room shares an opinion of each item (drawn
 * from the item's label, so the same console actions give the same opinions), and each person
 * departs from it by their own seeded random: the dots gather on a few items and the medians mean
 * something, as in a real room, and a run can be replayed.
 */
import { seededRandom, type Random } from '@/lib/domain/seeded-random';
import type { Ballot, ItemLabel, Rating } from './phone-protocol';

/** FNV-1a: a label's seed. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const toScale = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

/** What the room as a whole thinks of an item: its gain and effort on the 1–5 scale. */
export function roomOpinion(label: string): Rating {
  const random = seededRandom(hashOf(label));
  return { gain: 1 + Math.floor(random() * 5), effort: 1 + Math.floor(random() * 5) };
}

/** Half the people agree with the room, three in ten are one point off, the rest two. */
function departure(random: Random): number {
  const r = random();
  const size = r < 0.5 ? 0 : r < 0.8 ? 1 : 2;
  return random() < 0.5 ? -size : size;
}

/** This person's rating of an item: the room's opinion, give or take their own view. */
export function ratingOf(label: string, random: Random): Rating {
  const room = roomOpinion(label);
  return { gain: toScale(room.gain + departure(random)), effort: toScale(room.effort + departure(random)) };
}

/** All the dots one can place: the budget, or fewer when the items cannot hold it. */
export function fullDots(ballot: Ballot): number {
  return Math.min(ballot.dotsPerPerson, ballot.itemIds.length * ballot.maxDotsPerItem);
}

/** An item drawn with a weight that grows with the room's sense of its gain (this person's taste on top). */
function weightedPick(items: readonly ItemLabel[], random: Random): ItemLabel | null {
  const weights = items.map(({ label }) => roomOpinion(label).gain ** 2 * (0.5 + random()));
  let left = random() * weights.reduce((a, b) => a + b, 0);
  for (const [i, item] of items.entries()) {
    left -= weights[i] ?? 0;
    if (left < 0) return item;
  }
  return items.at(-1) ?? null;
}

/** The item that gets my next dot (below the cap), or null when every dot is placed or none fits. */
export function nextDot(ballot: Ballot, items: readonly ItemLabel[], mine: ReadonlyMap<string, number>, random: Random): string | null {
  const placed = [...mine.values()].reduce((a, b) => a + b, 0);
  if (placed >= fullDots(ballot)) return null;
  return (
    weightedPick(
      items.filter(({ id }) => (mine.get(id) ?? 0) < ballot.maxDotsPerItem),
      random,
    )?.id ?? null
  );
}

/** A second thought: one of my dots moved from an item to another one below the cap, or null. */
export function dotToMove(
  ballot: Ballot,
  items: readonly ItemLabel[],
  mine: ReadonlyMap<string, number>,
  random: Random,
): { fromId: string; toId: string } | null {
  const from = items.filter(({ id }) => (mine.get(id) ?? 0) > 0);
  const fromId = from[Math.floor(random() * from.length)]?.id;
  if (fromId === undefined) return null;
  const to = weightedPick(
    items.filter(({ id }) => id !== fromId && (mine.get(id) ?? 0) < ballot.maxDotsPerItem),
    random,
  );
  return to ? { fromId, toId: to.id } : null;
}
