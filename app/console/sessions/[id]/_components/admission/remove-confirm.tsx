'use client';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';

export type Removal = { participantIds: string[]; name: string };

/** "Remove 3 people?" — says what goes with them, and that it cannot be undone. */
export function RemoveConfirm({ removal, onConfirm, onCancel }: { removal: Removal | null; onConfirm(removal: Removal): void; onCancel(): void }) {
  const t = useTranslations('admission');
  const count = removal?.participantIds.length ?? 0;
  return (
    <ConfirmDialog
      open={removal !== null}
      title={t('removeTitle', { count, name: removal?.name ?? '' })}
      confirmLabel={t('removeConfirm')}
      danger
      onConfirm={() => removal && onConfirm(removal)}
      onCancel={onCancel}
    >
      <p>{t('removeBody')}</p>
    </ConfirmDialog>
  );
}
