'use client';
import type { PlenaryPhoneProps } from './plenary-phone-props';

/** PLACEHOLDER (replaced by the assessment step's work): what a phone shows and does during the assessment step. */
export function AssessmentPhone(_props: PlenaryPhoneProps) {
  return null;
}
