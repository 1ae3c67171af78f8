'use client';
import type { PlenaryPhoneProps } from './plenary-phone-props';

/** PLACEHOLDER (replaced by the vote step's work): what a phone shows and does during the vote step. */
export function VotePhone(_props: PlenaryPhoneProps) {
  return null;
}
