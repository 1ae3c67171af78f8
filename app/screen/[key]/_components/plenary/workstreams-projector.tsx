'use client';
import type { PlenaryProjectorProps } from './plenary-projector-props';

/** PLACEHOLDER (replaced by the workstreams step's work): the projector's screen for the workstreams step. */
export function WorkstreamsProjector(_props: PlenaryProjectorProps) {
  return null;
}
