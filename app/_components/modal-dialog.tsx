'use client';
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { open: boolean; labelledBy: string; describedBy?: string; onClose(): void; children: ReactNode };

/** The native <dialog>, modal while `open`: focus is trapped, Escape calls `onClose`, focus returns on close. */
export function ModalDialog({ open, labelledBy, describedBy, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
