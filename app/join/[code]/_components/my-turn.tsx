'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { TableView } from '@/lib/realtime/contract';
import { myTurn, speakerTimer } from '@/lib/ui/table-status';
import tableStyles from '@/app/_components/table/table.module.css';

/** "Your turn" (big, with the speaker's own countdown), "You're next", or done / waiting. */
export function MyTurn({ table, meId, serverNow }: { table: TableView; meId: string; serverNow(): number }) {
  const t = useTranslations('table');
  const turn = myTurn(table.speaking, meId);
  const timer = speakerTimer(table.speaking);
  if (turn === 'absent') return null;
  if (turn === 'speaking' || turn === 'next') {
    return (
      <section className={`stack-sm ${tableStyles.turnBig}`} aria-live="polite">
        <h2>{turn === 'speaking' ? t('yourTurn') : t('youreNext')}</h2>
        <p>{turn === 'speaking' ? t('yourTurnHint') : t('youreNextHint')}</p>
        {turn === 'speaking' && timer ? <Countdown timer={timer} serverNow={serverNow} className={tableStyles.speakerTimer} /> : null}
      </section>
    );
  }
  return (
    <p className="notice" aria-live="polite">
      {turn === 'done' ? t('youSpoke') : t('waitTurn')}
    </p>
  );
}
