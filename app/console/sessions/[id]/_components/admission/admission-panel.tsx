'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { fillLevel } from '@/lib/domain/admission';
import { newCommandId } from '@/lib/realtime/command-id';
import type { Admission, Doors, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { DoorsChoice } from './doors-choice';
import { ExpectedPeople } from './expected-people';
import styles from './admission.module.css';
import { WaitingList } from './waiting-list';

/**
 * Who can still join: the places taken out of the capacity (a warning as the room fills), what the
 * capacity comes from, the doors, and the people waiting to be let in.
 */
export function AdmissionPanel({ view, admission, send }: { view: Snapshot; admission: Admission; send: SessionSocket['send'] }) {
  const t = useTranslations('admission');
  const { run, busy, error } = useCommand(send);
  const count = view.participantCount;
  const { capacity } = admission;
  const level = fillLevel(count, capacity);
  const waiting = view.waiting ?? [];
  const update = (change: { doors?: Doors; expectedPeople?: number | null }) => void run('admission:update', { commandId: newCommandId(), ...change });
  const decide = (requestIds: string[], approve: boolean) => void run('admission:decide', { commandId: newCommandId(), requestIds, approve });
  const basis = admission.basis.from === 'expected' ? 'basisExpected' : 'basisTables';

  return (
    <section aria-labelledby="admission-heading" className="card stack-sm">
      <div className="spread">
        <h2 id="admission-heading">{t('heading')}</h2>
        <span className="badge">{t('taken', { count, capacity })}</span>
      </div>
      <meter
        min={0}
        max={capacity}
        low={capacity * 0.8}
        high={capacity * 0.95}
        optimum={0}
        value={Math.min(count, capacity)}
        aria-label={t('meterLabel')}
        className={styles.meter}
      />
      <div role="status">
        {level === 'filling' ? <p className="notice notice-warning">{t('filling', { count, capacity })}</p> : null}
        {level === 'full' ? <p className="notice notice-error">{t('full', { count, capacity })}</p> : null}
      </div>
      <p className="muted">{t(basis, { capacity, people: admission.basis.people, margin: admission.basis.margin })}</p>
      <ExpectedPeople admission={admission} disabled={busy} onChange={(expectedPeople) => update({ expectedPeople })} />
      <DoorsChoice doors={admission.doors} disabled={busy} onChange={(doors) => update({ doors })} />
      {waiting.length > 0 || admission.doors === 'approval' ? <WaitingList waiting={waiting} disabled={busy} decide={decide} /> : null}
      <AckError code={error} />
    </section>
  );
}
