/**
 * The exports' words in the session's language, from the `exports` namespace of the catalogue, and
 * the number and date formats that go with them.
 */
import { createTranslator } from 'use-intl/core';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import type { Language } from '@/lib/i18n/locales';
import type { TableColour } from '@/lib/realtime/contract';
import type { VoteResult } from './deliverable-types';

/** A translator bound to `exports`, e.g. `t('columns.owner')`. */
export function exportLabels(language: Language) {
  return createTranslator({ locale: language, messages: CATALOGUE[language], namespace: 'exports' });
}
export type ExportLabels = ReturnType<typeof exportLabels>;

/** A table colour's name, as the pages say it (the catalogue's `colours`). */
export function colourName(colour: TableColour, language: Language): string {
  return CATALOGUE[language].colours[colour];
}

const MONTH_DAY: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "14 March 2025" / "14 mars 2025" from `YYYY-MM-DD`. */
export function longDate(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  return MONTH_DAY[language].format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const MEDIUM: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "30 Jun 2025" / "30 juin 2025" from `YYYY-MM-DD`, with no-break spaces (a date never splits across lines). */
export function mediumDate(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  return MEDIUM[language].format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).replace(/ /g, '\u00a0');
}

/** "14/03/2025" (fr) or "2025-03-14" (en, unambiguous on both sides of the Atlantic) from `YYYY-MM-DD`. */
export function shortDate(day: string, language: Language): string {
  if (language === 'en') return day;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** A median or quartile: one decimal at most, with the language's decimal mark ("3.5" / "3,5"). */
export function decimal(value: number, language: Language): string {
  const rounded = String(Math.round(value * 10) / 10);
  return language === 'fr' ? rounded.replace('.', ',') : rounded;
}

/** "3–4" for a spread of ratings. */
export function range(low: number, high: number, language: Language): string {
  return low === high ? decimal(low, language) : `${decimal(low, language)}–${decimal(high, language)}`;
}

/** ISO 639-1 with a region, for document metadata (Word's proofing language). */
export const LANGUAGE_TAG: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "3", or "3 =" for a tie; nothing for an item without dots (tied last, which says nothing). */
export function rankLabel(vote: VoteResult | null, t: ExportLabels): string {
  return vote === null || vote.dots === 0 ? '' : `${vote.rank}${vote.tied ? ` ${t('doc.tie')}` : ''}`;
}

/** "12 votes, rank 2 =", or "no vote". */
export function votesLabel(vote: VoteResult, t: ExportLabels): string {
  return vote.dots === 0 ? t('doc.noVote') : t('doc.votesRank', { count: vote.dots, value: rankLabel(vote, t) });
}
