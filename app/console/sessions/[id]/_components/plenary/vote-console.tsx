'use client';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** PLACEHOLDER (replaced by the vote step's work): the console's panel for the vote step. */
export function VoteConsole(_props: PlenaryConsoleProps) {
  return null;
}
