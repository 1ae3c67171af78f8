'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { TableDraft } from '@/lib/realtime/contract';
import type { SeatFailure } from './use-table-seat';

/** The table link could not seat the person: say why, in words (and, at the wrong table, which one is theirs). */
export function SeatFailureNotice({ failure, tables }: { failure: SeatFailure; tables: readonly TableDraft[] }) {
  const t = useTranslations();
  const title = useTableTitle();
  // The session's tables, in order: the expected table's number says which one it is.
  const expected = failure.expected ? tables[failure.expected.number - 1] : undefined;
  let text: string;
  if (failure.code === 'wrong-table' && failure.expected) {
    const table = expected ? title({ ...expected, number: failure.expected.number }) : t('arrival.tableNumber', { number: failure.expected.number });
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
