'use client';
import { useTranslations } from 'use-intl';

export type Paper = 'a4' | 'a5';
const PAPERS: readonly Paper[] = ['a4', 'a5'];

/** A4 or A5: switches the printed page size (one card per page). */
export function PaperChoice({ paper, onChange }: { paper: Paper; onChange(paper: Paper): void }) {
  const t = useTranslations('kit');
  return (
    <fieldset className="cluster">
      <legend className="label">{t('paper')}</legend>
      {PAPERS.map((p) => (
        <label key={p} className="checkbox">
          <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => onChange(p)} />
          <span>{t(p)}</span>
        </label>
      ))}
    </fieldset>
  );
}
