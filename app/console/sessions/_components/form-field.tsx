'use client';
import type { ReactNode } from 'react';
import { fieldId, type FieldProblem } from '@/lib/ui/field-problems';
import { useProblemText } from './use-problem-text';

type Described = { 'aria-invalid': boolean; 'aria-describedby': string | undefined; id: string };

type Props = {
  /** The field's path in the draft, e.g. "rounds.0.question". */
  fieldKey: string;
  label: ReactNode;
  hint?: ReactNode;
  problem: FieldProblem | undefined;
  labelClassName?: string;
  /** Renders the control with the id and ARIA wiring it must carry. */
  children(props: Described): ReactNode;
};

/** Label, hint, control and its error, wired with aria-describedby and aria-invalid. */
export function FormField({ fieldKey, label, hint, problem, labelClassName, children }: Props) {
  const describe = useProblemText();
  const id = fieldId(fieldKey);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
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
      {children({ id, 'aria-invalid': Boolean(problem), 'aria-describedby': describedBy })}
      {problem ? (
        <p id={errorId} className="field-error">
          {describe(fieldKey, problem)}
        </p>
      ) : null}
    </div>
  );
}

/** A problem that belongs to a whole list (no rounds, too many tables). */
export function ListProblem({ fieldKey, problem }: { fieldKey: string; problem: FieldProblem | undefined }) {
  const describe = useProblemText();
  if (!problem) return null;
  return (
    <p id={`${fieldId(fieldKey)}-error`} className="field-error" tabIndex={-1}>
      {describe(fieldKey, problem)}
    </p>
  );
}
