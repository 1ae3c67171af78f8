import type { Language } from './locales';
import { en, type Messages } from './messages/en';
import { fr } from './messages/fr';

/** Every catalogue, by locale. Both are small enough to ship together. */
export const CATALOGUE: Record<Language, Messages> = { en, fr };
