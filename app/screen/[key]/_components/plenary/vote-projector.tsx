'use client';
import type { PlenaryProjectorProps } from './plenary-projector-props';

/** PLACEHOLDER (replaced by the vote step's work): the projector's screen for the vote step. */
export function VoteProjector(_props: PlenaryProjectorProps) {
  return null;
}
