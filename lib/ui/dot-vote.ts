/** A phone's dot vote, as its stepper shows it: the dots left, and what adding or taking back a dot on an item would do. */
import type { VoteStatus } from '@/lib/domain/plenary/plenary-types';

export type DotRules = { dotsPerPerson: number; maxDotsPerItem: number };

/** Why a dot cannot be added (the server's own refusal codes), or null when it can. */
export type AddBlock = 'vote-not-open' | 'over-item-cap' | 'over-budget' | null;

/** The dots placed on items that still exist (an item gone gives its dots back) and the dots left. */
export function dotBudget(rules: DotRules, mine: Readonly<Record<string, number>>, itemIds: readonly string[]): { placed: number; left: number } {
  const placed = itemIds.reduce((sum, id) => sum + Math.max(0, mine[id] ?? 0), 0);
  return { placed, left: Math.max(0, rules.dotsPerPerson - placed) };
}

export type ItemStepper = { dots: number; addBlock: AddBlock; canRemove: boolean };

/** One item's stepper: its dots, why "add a dot" is refused (checked before sending), whether one can be taken back. */
export function itemStepper(
  rules: DotRules,
  status: VoteStatus,
  mine: Readonly<Record<string, number>>,
  itemIds: readonly string[],
  itemId: string,
): ItemStepper {
  const dots = Math.max(0, mine[itemId] ?? 0);
  const open = status === 'open';
  const { left } = dotBudget(rules, mine, itemIds);
  const addBlock: AddBlock = !open ? 'vote-not-open' : dots >= rules.maxDotsPerItem ? 'over-item-cap' : left <= 0 ? 'over-budget' : null;
  return { dots, addBlock, canRemove: open && dots > 0 };
}
