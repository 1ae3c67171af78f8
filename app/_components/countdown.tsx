'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Timer } from '@/lib/realtime/contract';
import { formatClock, readTimer } from '@/lib/ui/timer-reading';

/** Four refreshes a second keep the seconds digit on time without a visible lag. */
const REFRESH_MS = 250;

type Props = { timer: Timer; serverNow: () => number; className?: string; id?: string };

/**
 * The phase countdown, from the deadline and the estimated server clock. A `timer` role, not a
 * live region: phase changes are announced separately.
 */
export function Countdown({ timer, serverNow, className, id }: Props) {
  const t = useTranslations('timer');
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    if (timer.status !== 'running') return;
    const interval = setInterval(() => setNow(serverNow()), REFRESH_MS);
    return () => clearInterval(interval);
  }, [timer, serverNow]);

  const reading = readTimer(timer, now);
  const clock = formatClock(reading.ms, reading.overtime);
  const label = [reading.overtime ? t('overtime') : t('label'), reading.paused ? t('paused') : null].filter(Boolean).join(', ');
  return (
    <div className={className} id={id}>
      <div role="timer" aria-label={label} className="timer" data-overtime={reading.overtime} data-paused={reading.paused}>
        {clock}
      </div>
      {reading.paused ? <div className="timer-label timer-label-paused">{t('paused')}</div> : null}
      {reading.overtime && !reading.paused ? <div className="timer-label timer-label-overtime">{t('overtime')}</div> : null}
    </div>
  );
}
