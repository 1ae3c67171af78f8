'use client';
import { useState, type ChangeEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormField } from '@/app/_components/form-field';
import { parseCafeArchive } from '@/lib/export/cafe-archive';
import type { CafeRecord } from '@/lib/export/cafe-record';
import { exportLabels } from '@/lib/export/labels';
import { checkRecordDraft } from '@/lib/export/session-draft';
import { LANGUAGES } from '@/lib/i18n/locales';
import type { SessionDraft } from '@/lib/realtime/contract';
import { SHIPPED_TEMPLATES, getShippedTemplate } from '@/lib/templates/shipped-templates';

type Props = { onPick(draft: SessionDraft): void };

/** "Start from a template": a shipped one (each in French and English), or a template file saved from a session. */
export function TemplatePicker({ onPick }: Props) {
  const t = useTranslations('templates');
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const apply = (record: CafeRecord) => {
    const checked = checkRecordDraft(record);
    if (!checked.ok) {
      setMessage({ ok: false, text: t('fileFailed', { reason: checked.message }) });
      return;
    }
    onPick(checked.draft);
    setMessage({ ok: true, text: t('applied', { title: checked.draft.title }) });
  };

  const fillFromShipped = () => {
    const [id, language] = choice.split(':');
    const lang = LANGUAGES.find((l) => l === language);
    const record = id && lang ? getShippedTemplate(id, lang) : null;
    if (record) apply(record);
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseCafeArchive(await file.text());
    if (parsed.ok) apply(parsed.record);
    else setMessage({ ok: false, text: t('fileFailed', { reason: parsed.message }) });
  };

  return (
    <section className="card stack-sm" aria-labelledby="template-heading">
      <h2 id="template-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="cluster" style={{ alignItems: 'end' }}>
        <FormField label={t('choice')}>
          {(wiring) => (
            <select {...wiring} className="select" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('none')}</option>
              {LANGUAGES.map((language) => (
                <optgroup key={language} label={exportLabels(language)('session.languageName')}>
                  {SHIPPED_TEMPLATES.map((template) => (
                    <option key={template.id} value={`${template.id}:${language}`} lang={language}>
                      {template[language].session.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        <div className="field">
          <button type="button" className="btn" disabled={choice === ''} onClick={fillFromShipped}>
            {t('use')}
          </button>
        </div>
      </div>
      <FormField label={t('file')} hint={t('fileHint')}>
        {(wiring) => <input {...wiring} type="file" accept="application/json,.json" onChange={(e) => void readFile(e)} />}
      </FormField>
      <div role="status">{message ? <p className={message.ok ? 'notice' : 'notice notice-error'}>{message.text}</p> : null}</div>
    </section>
  );
}
