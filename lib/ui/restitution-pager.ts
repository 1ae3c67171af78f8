/** The restitution's ideas in the order they are presented, and the host's pager through them. */
import type { RestitutionView } from '@/lib/realtime/contract';

export type PresentedIdea = { id: string; text: string; round: number };

/** Every idea of the presenting table, round by round. */
export function presentedIdeas(restitution: RestitutionView): PresentedIdea[] {
  return restitution.rounds.flatMap(({ round, ideas }) => ideas.map((idea) => ({ ...idea, round })));
}

export type Pager = {
  /** 0-based place of the highlighted idea, null when none is shown. */
  index: number | null;
  total: number;
  /** The idea "previous" and "next" highlight; null where the button does nothing. */
  previous: string | null;
  next: string | null;
};

/** Previous / next from the highlighted idea; with none shown, "next" starts at the first idea. */
export function pager(restitution: RestitutionView): Pager {
  const ideas = presentedIdeas(restitution);
  const found = ideas.findIndex((idea) => idea.id === restitution.highlightedIdeaId);
  const index = found >= 0 ? found : null;
  return {
    index,
    total: ideas.length,
    previous: index !== null && index > 0 ? (ideas[index - 1]?.id ?? null) : null,
    next: index === null ? (ideas[0]?.id ?? null) : (ideas[index + 1]?.id ?? null),
  };
}
