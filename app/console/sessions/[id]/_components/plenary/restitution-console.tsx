'use client';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** PLACEHOLDER (replaced by the restitution step's work): the console's panel for the restitution step. */
export function RestitutionConsole(_props: PlenaryConsoleProps) {
  return null;
}
