'use client';
import type { PlenaryProjectorProps } from './plenary-projector-props';

/** PLACEHOLDER (replaced by the restitution step's work): the projector's screen for the restitution step. */
export function RestitutionProjector(_props: PlenaryProjectorProps) {
  return null;
}
