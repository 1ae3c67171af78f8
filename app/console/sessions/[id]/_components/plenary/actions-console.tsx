'use client';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** PLACEHOLDER (replaced by the actions step's work): the console's panel for the actions step. */
export function ActionsConsole(_props: PlenaryConsoleProps) {
  return null;
}
