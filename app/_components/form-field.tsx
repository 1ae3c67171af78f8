'use client';
import { useId, type ReactNode } from 'react';

/** What the control inside a field must carry: its id and the ARIA wiring to the field's hint and error. */
export type FieldWiring = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

type Props = {
  /** The control's id (a stable one when something else points at it); generated otherwise. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error, in words; none when the value is fine. */
  error?: ReactNode;
  labelClassName?: string;
  /** Renders the control with the id and ARIA wiring it must carry. */
  children(wiring: FieldWiring): ReactNode;
};

/** Label, hint, control and its error, wired with aria-describedby and aria-invalid: every form of the app uses it. */
export function FormField({ id: givenId, label, hint, error, labelClassName, children }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false;
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {children({ id, 'aria-invalid': hasError, 'aria-describedby': describedBy })}
      {hasError ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
