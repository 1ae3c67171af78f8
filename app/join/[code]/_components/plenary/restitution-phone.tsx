'use client';
import type { PlenaryPhoneProps } from './plenary-phone-props';

/** PLACEHOLDER (replaced by the restitution step's work): what a phone shows and does during the restitution step. */
export function RestitutionPhone(_props: PlenaryPhoneProps) {
  return null;
}
