'use client';
import type { PlenaryProjectorProps } from './plenary-projector-props';

/** PLACEHOLDER (replaced by the assessment step's work): the projector's screen for the assessment step. */
export function AssessmentProjector(_props: PlenaryProjectorProps) {
  return null;
}
