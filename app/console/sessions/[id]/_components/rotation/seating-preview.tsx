'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useCommand } from '@/app/_components/use-command';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { RotationView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { seatingByTable, type PlannedMover } from '@/lib/ui/rotation-preview';
import { MoverRow } from './mover-row';
import styles from './rotation.module.css';

type Props = { view: Snapshot; rotation: RotationView; send: SessionSocket['send'] };

/** The new seating table by table; before applying, two people are swapped by picking one then the other. */
export function SeatingPreview({ view, rotation, send }: Props) {
  const t = useTranslations('rotation');
  const ts = useTranslations('seat');
  const title = useTableTitle();
  const { run, busy, error } = useCommand(send);
  const [picked, setPicked] = useState<PlannedMover | null>(null);
  const [announce, setAnnounce] = useState('');
  const tables = seatingByTable(rotation, view.seating ?? [], view.participants ?? []);
  const applied = rotation.status === 'applied';
  const pickedTable = picked ? rotation.seats.find((s) => s.participantId === picked.id)?.tableId : undefined;

  const choose = async (mover: PlannedMover) => {
    if (!picked) {
      setPicked(mover);
      setAnnounce(t('swapPick', { name: mover.displayName }));
      return;
    }
    if (picked.id === mover.id) {
      setPicked(null);
      setAnnounce('');
      return;
    }
    const ack = await run('rotation:swap', { commandId: newCommandId(), a: picked.id, b: mover.id });
    if (ack.ok) setAnnounce(t('swapped', { a: picked.displayName, b: mover.displayName }));
    setPicked(null);
  };

  return (
    <section aria-labelledby="seating-heading" className="stack-sm">
      <h3 id="seating-heading">{t('seatingHeading')}</h3>
      <p role="status" className={styles.announce}>
        {announce}
      </p>
      <AckError code={error} />
      <ul className="table-grid">
        {tables.map(({ table, movers, checkedIn }) => (
          <li key={table.id} className="table-card" style={{ ['--swatch' as string]: `var(--table-${table.colour})` }} data-testid="planned-table">
            <div className="table-card-head">
              <TableSwatch colour={table.colour} />
              <h4>{title(table)}</h4>
            </div>
            <p className="muted">{table.hostName ? ts('hostedBy', { name: table.hostName }) : ts('noHost')}</p>
            <p className={styles.count}>{applied ? t('tableProgress', { here: checkedIn, total: movers.length }) : t('coming', { count: movers.length })}</p>
            {movers.length > 0 ? (
              <ul className="plain-list stack-sm">
                {movers.map((mover) => (
                  <MoverRow
                    key={mover.id}
                    mover={mover}
                    applied={applied}
                    picked={picked}
                    disabled={busy || (picked !== null && picked.id !== mover.id && pickedTable === table.id)}
                    onChoose={() => void choose(mover)}
                  />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
