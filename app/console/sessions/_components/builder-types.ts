import type { FieldProblem } from '@/lib/ui/field-problems';
import type { SessionForm } from '@/lib/ui/session-form';

/** What every section of the builder receives. */
export type SectionProps = {
  form: SessionForm;
  update(change: (form: SessionForm) => SessionForm): void;
  problems: Record<string, FieldProblem>;
};
