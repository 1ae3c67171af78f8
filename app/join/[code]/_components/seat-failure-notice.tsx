'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { TableSummary } from '@/lib/realtime/contract';
import type { SeatFailure } from './use-table-seat';

/** The table link could not seat the person: say why, in words (and, at the wrong table, which one is theirs). */
export function SeatFailureNotice({ failure, seating }: { failure: SeatFailure; seating: readonly TableSummary[] }) {
  const t = useTranslations();
  const title = useTableTitle();
  const expected = failure.expected ? seating.find((s) => s.id === failure.expected?.tableId) : undefined;
  let text: string;
  if (failure.code === 'wrong-table' && failure.expected) {
    const table = expected ? title(expected) : t('arrival.tableNumber', { number: failure.expected.number });
    text = t('arrival.wrongTable', { number: failure.table, table });
  } else if (failure.code === 'not-found') {
    text = t('seat.noSuchTable', { number: failure.table });
  } else if (failure.code === 'forbidden' && failure.asHost) {
    text = t('seat.hostLinkInvalid');
  } else {
    text = t(`errors.${failure.code}`);
  }
  return (
    <p role="alert" className="notice notice-error">
      {text}
    </p>
  );
}
