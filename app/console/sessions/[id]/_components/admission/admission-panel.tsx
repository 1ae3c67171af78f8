'use client';
import { useState } from 'react';
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
  // The doors just chosen show at once, until the server's answer replaces the doors they were chosen over.
  const [chosen, setChosen] = useState<{ from: Doors; to: Doors } | null>(null);
  const doors = chosen && admission.doors === chosen.from ? chosen.to : admission.doors;
  const update = async (change: { doors?: Doors; expectedPeople?: number | null }) => {
    const ack = await run('admission:update', { commandId: newCommandId(), ...change });
    if (!ack.ok) setChosen(null);
  };
  const chooseDoors = (to: Doors) => {
    setChosen({ from: admission.doors, to });
    void update({ doors: to });
  };
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
      <ExpectedPeople admission={admission} disabled={busy} onChange={(expectedPeople) => void update({ expectedPeople })} />
      <DoorsChoice doors={doors} disabled={busy} onChange={chooseDoors} />
      {waiting.length > 0 || doors === 'approval' ? <WaitingList waiting={waiting} disabled={busy} decide={decide} /> : null}
      <AckError code={error} />
    </section>
  );
}
