'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { PlenaryConsoleProps } from './plenary-console-props';
import { WorkstreamsConsole } from './workstreams-console';
import styles from './workstreams.module.css';

/** During the last round's consolidation: the workstreams board, folded, for an organiser who groups early. */
export function WorkstreamsPrepare(props: PlenaryConsoleProps) {
  const t = useTranslations('plenaryB.workstreams');
  const [open, setOpen] = useState(false);
  if (!props.view.session.plenary.steps.includes('workstreams')) return null;
  return (
    <details className={styles.prepare} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('prepare')}</summary>
      {open ? <WorkstreamsConsole {...props} /> : null}
    </details>
  );
}
