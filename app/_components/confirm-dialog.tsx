'use client';
import { useId, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { ModalDialog } from './modal-dialog';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, focus returns on close. */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const t = useTranslations('common');
  const titleId = useId();
  const bodyId = useId();

  return (
    <ModalDialog open={open} labelledBy={titleId} describedBy={bodyId} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="cluster" style={{ justifyContent: 'flex-end', marginTop: 'var(--space-4)' }}>
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
