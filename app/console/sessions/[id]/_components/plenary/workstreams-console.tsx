'use client';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** PLACEHOLDER (replaced by the workstreams step's work): the console's panel for the workstreams step. */
export function WorkstreamsConsole(_props: PlenaryConsoleProps) {
  return null;
}
