'use client';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** PLACEHOLDER (replaced by the assessment step's work): the console's panel for the assessment step. */
export function AssessmentConsole(_props: PlenaryConsoleProps) {
  return null;
}
