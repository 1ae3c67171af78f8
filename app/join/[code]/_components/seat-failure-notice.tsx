'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { SeatFailure } from './use-table-seat';

/** The table link could not seat the person: say why, in words (and, at the wrong table, which one is theirs). */
export function SeatFailureNotice({ failure }: { failure: SeatFailure }) {
  const t = useTranslations();
  const title = useTableTitle();
  let text: string;
  if (failure.code === 'wrong-table' && failure.expected) {
    text = t('arrival.wrongTable', { number: failure.table, table: title(failure.expected) });
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
