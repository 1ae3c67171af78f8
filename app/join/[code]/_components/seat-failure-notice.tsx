'use client';
import { useTranslations } from 'use-intl';
import type { SeatFailure } from './use-table-seat';

/** The table link could not seat the person: say why, in words. */
export function SeatFailureNotice({ failure }: { failure: SeatFailure }) {
  const t = useTranslations();
  const text =
    failure.code === 'not-found'
      ? t('seat.noSuchTable', { number: failure.table })
      : failure.code === 'forbidden' && failure.asHost
        ? t('seat.hostLinkInvalid')
        : t(`errors.${failure.code}`);
  return (
    <p role="alert" className="notice notice-error">
      {text}
    </p>
  );
}
