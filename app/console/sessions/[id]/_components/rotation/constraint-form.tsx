'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ConstraintView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { EMPTY_WISH, wishChoices, wishFromForm, wishWords, type WishForm, type WishProblem } from '@/lib/ui/seating-wishes';
import styles from './rotation.module.css';
import { useWishText } from './use-wish-text';

type Props = { view: Snapshot; nextRound: number; send: SessionSocket['send']; onAdded(text: string): void; onDone(): void };

const KINDS = [
  ['apart', 'kindApart'],
  ['together', 'kindTogether'],
  ['stay', 'kindStay'],
] as const;

const PROBLEM_KEYS = { 'pick-people': 'pickPeople', 'same-person': 'samePerson', 'pick-person': 'pickPerson', 'pick-table': 'pickTable' } as const;

/** Add a wish: its kind, the person or people (movers only), the table for "stays at", and the round. */
export function ConstraintForm({ view, nextRound, send, onAdded, onDone }: Props) {
  const t = useTranslations('wishes');
  const title = useTableTitle();
  const text = useWishText();
  const id = useId();
  const { run, busy, error } = useCommand(send);
  const [form, setForm] = useState<WishForm>(EMPTY_WISH);
  const [problem, setProblem] = useState<WishProblem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const choices = wishChoices(view.participants ?? [], view.seating ?? [], nextRound, view.session.rounds.length);
  const set = (change: Partial<WishForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = wishFromForm(form);
    if (!built.ok) {
      setProblem(built.problem);
      return;
    }
    const ack = await run('constraint:add', { commandId: newCommandId(), constraint: built.constraint });
    if (!ack.ok) return;
    const c = built.constraint;
    const added: ConstraintView =
      c.kind === 'stay'
        ? { id: '', kind: 'stay', person: c.person, tableId: c.tableId, round: c.round ?? null }
        : { id: '', kind: c.kind, a: c.a, b: c.b, round: c.round ?? null };
    onAdded(text(wishWords(added, view.participants ?? [], view.seating ?? [])));
    setForm((f) => ({ ...EMPTY_WISH, kind: f.kind, round: f.round }));
  };

  if (choices.people.length === 0) {
    return (
      <div className="stack-sm">
        <p className="muted">{t('noPeople')}</p>
        <div>
          <button type="button" className="btn" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      </div>
    );
  }

  const personSelect = (key: 'a' | 'b', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        className="select"
        value={form[key]}
        aria-invalid={problem !== null && problem !== 'pick-table'}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        <option value="">{t('choose')}</option>
        {choices.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className={`stack-sm ${styles.wishForm}`} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('addHeading')}
      </h4>
      <fieldset className="stack-sm">
        <legend>{t('kind')}</legend>
        {KINDS.map(([kind, key]) => (
          <div key={kind} className="checkbox">
            <input id={`${id}-${kind}`} type="radio" name={`${id}-kind`} checked={form.kind === kind} onChange={() => set({ kind })} />
            <label htmlFor={`${id}-${kind}`} className="label">
              {t(key)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className={styles.wishFields}>
        {form.kind === 'stay' ? personSelect('a', t('person')) : personSelect('a', t('personA'))}
        {form.kind === 'stay' ? (
          <div className="field">
            <label htmlFor={`${id}-table`}>{t('table')}</label>
            <select
              id={`${id}-table`}
              className="select"
              value={form.tableId}
              aria-invalid={problem === 'pick-table'}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => set({ tableId: e.target.value })}
            >
              <option value="">{t('choose')}</option>
              {choices.tables.map((table) => (
                <option key={table.id} value={table.id}>
                  {title(table)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          personSelect('b', t('personB'))
        )}
        <div className="field">
          <label htmlFor={`${id}-round`}>{t('round')}</label>
          <select id={`${id}-round`} className="select" value={form.round} onChange={(e) => set({ round: e.target.value })}>
            <option value="">{t('everyRound')}</option>
            {choices.rounds.map((r) => (
              <option key={r} value={String(r)}>
                {t('roundN', { n: r + 1 })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {t(PROBLEM_KEYS[problem])}
        </p>
      ) : null}
      <AckError code={error} />
      <div className="cluster">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('add')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </form>
  );
}
