/** The prepared cafés shipped with the app, each in French and English (café records of kind "template"). */
import type { CafeRecord } from '@/lib/export/cafe-record';
import type { Language } from '@/lib/i18n/locales';
import { crmKickoff } from './crm-kickoff';
import { customerExperience } from './customer-experience';
import { headOfficeJourney } from './head-office-journey';

export type ShippedTemplate = { id: string } & Record<Language, CafeRecord>;

export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [customerExperience, crmKickoff, headOfficeJourney];

/** A shipped template in a language; null for an unknown id. */
export function getShippedTemplate(id: string, language: Language): CafeRecord | null {
  return SHIPPED_TEMPLATES.find((t) => t.id === id)?.[language] ?? null;
}
