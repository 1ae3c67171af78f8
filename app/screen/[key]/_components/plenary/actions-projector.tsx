'use client';
import type { PlenaryProjectorProps } from './plenary-projector-props';

/** PLACEHOLDER (replaced by the actions step's work): the projector's screen for the actions step. */
export function ActionsProjector(_props: PlenaryProjectorProps) {
  return null;
}
