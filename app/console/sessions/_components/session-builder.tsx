'use client';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { sessionDraftSchema, type Ack, type SessionDraft } from '@/lib/realtime/contract';
import { fieldId, problemsByField, problemsFromServer, type FieldProblem } from '@/lib/ui/field-problems';
import { countOrNull, draftFromForm, type SessionForm } from '@/lib/ui/session-form';
import { AckError } from '@/app/_components/ack-error';
import styles from './builder.module.css';
import { GeneralFields } from './general-fields';
import { OptionsFields } from './options-fields';
import { PerTableFields } from './per-table-fields';
import { PlenaryFields } from './plenary-fields';
import { PlannerLimits } from './planner-limits';
import { RoundsFields } from './rounds-fields';
import { SpeakingTurnFields } from './speaking-turn-fields';
import { TablesFields } from './tables-fields';

type Props = {
  initial: SessionForm;
  /** Sends the validated draft; a failed ack keeps the form as it is. */
  onSave(draft: SessionDraft): Promise<Ack>;
  disabled?: boolean;
  /** The session being edited (none for a new one): keys the expected head count kept on this browser. */
  sessionId?: string;
};

/** The session builder: validates with the contract's schema before sending, shows each problem at its field. */
export function SessionBuilder({ initial, onSave, disabled = false, sessionId }: Props) {
  const t = useTranslations('builder');
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [failure, setFailure] = useState<Extract<Ack, { ok: false }> | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const showProblems = (found: Record<string, FieldProblem>) => {
    setProblems(found);
    const first = Object.keys(found)[0];
    if (!first) return;
    // Focus the first field with a problem (or the list it belongs to), in the order of the form.
    requestAnimationFrame(() => {
      const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(`${fieldId(first)}-error`);
      target?.focus();
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = sessionDraftSchema.safeParse(draftFromForm(form));
    if (!parsed.success) {
      showProblems(problemsByField(parsed.error.issues));
      return;
    }
    setProblems({});
    setSaving(true);
    const ack = await onSave(parsed.data);
    setSaving(false);
    if (ack.ok) return;
    setFailure(ack);
    if (ack.code === 'invalid-payload' && ack.issues) showProblems(problemsFromServer(ack.issues));
  };

  const problemCount = Object.keys(problems).length;
  return (
    <form ref={formRef} onSubmit={submit} className="stack" noValidate>
      <GeneralFields form={form} update={setForm} problems={problems} />
      <RoundsFields form={form} update={setForm} problems={problems} />
      <TablesFields form={form} update={setForm} problems={problems} />
      <PerTableFields form={form} update={setForm} problems={problems} />
      <PlannerLimits
        tables={form.tables.length}
        rounds={form.rounds.length}
        minPerTable={countOrNull(form.minPerTable)}
        maxPerTable={countOrNull(form.maxPerTable)}
        storageKey={sessionId ?? 'new'}
      />
      <OptionsFields form={form} update={setForm} problems={problems} />
      <SpeakingTurnFields form={form} update={setForm} problems={problems} />
      <PlenaryFields form={form} update={setForm} problems={problems} />
      <div className={`stack-sm ${styles.actions}`}>
        <div role="alert">{problemCount > 0 ? <p className="notice notice-error">{t('fixErrors', { count: problemCount })}</p> : null}</div>
        {failure && failure.code !== 'invalid-payload' ? (
          failure.code === 'session-started' ? (
            <p role="alert" className="notice notice-warning">
              {t('started')}
            </p>
          ) : (
            <AckError code={failure.code} />
          )
        ) : null}
        <div>
          <button type="submit" className="btn btn-primary btn-large" disabled={saving || disabled}>
            {saving ? t('saving') : t('save')}
          </button>
        </div>
      </div>
    </form>
  );
}
