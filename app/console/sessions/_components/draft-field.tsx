'use client';
import type { ReactNode } from 'react';
import { FormField, type FieldWiring } from '@/app/_components/form-field';
import { fieldId, type FieldProblem } from '@/lib/ui/field-problems';
import { useProblemText } from './use-problem-text';

type Props = {
  /** The field's path in the draft, e.g. "rounds.0.question": its id, and where the server's issues point. */
  fieldKey: string;
  label: ReactNode;
  hint?: ReactNode;
  problem: FieldProblem | undefined;
  labelClassName?: string;
  children(wiring: FieldWiring): ReactNode;
};

/** A field of the session builder: a FormField whose id follows the draft's path and whose error says the problem in words. */
export function DraftField({ fieldKey, problem, ...field }: Props) {
  const describe = useProblemText();
  return <FormField id={fieldId(fieldKey)} error={problem ? describe(fieldKey, problem) : null} {...field} />;
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
