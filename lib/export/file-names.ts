/**
 * Names of the exported files: the café's date and title, then what the file holds, in the session's
 * language, in letters, digits and hyphens only (safe on every file system and in a download header).
 */
import type { Language } from '@/lib/i18n/locales';
import { exportLabels } from './labels';

export type ExportKind = 'synthesis' | 'backlog' | 'archive' | 'template' | 'matrix' | 'notes';

const TITLE_MAX = 60;

/** Lower-case ASCII words joined by hyphens: accents dropped, everything else a separator. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** e.g. `2025-03-14-parcours-client-synthese.docx`; `date` is `YYYY-MM-DD` or null (a template). */
export function exportFileName(input: { title: string; date: string | null; language: Language }, kind: ExportKind, extension: string): string {
  const t = exportLabels(input.language);
  const title = slug(input.title).slice(0, TITLE_MAX).replace(/-+$/, '') || slug(t('files.untitled'));
  const date = input.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? `${input.date}-` : '';
  return `${date}${title}-${slug(t(`files.${kind}`))}.${slug(extension) || 'bin'}`;
}
