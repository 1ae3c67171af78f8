'use client';
import { useTranslations } from 'use-intl';
import type { FieldProblem } from '@/lib/ui/field-problems';

/** A field's problem in words; list-level problems name what is missing (rounds or tables). */
export function useProblemText(): (key: string, problem: FieldProblem) => string {
  const t = useTranslations('validation');
  const tp = useTranslations('plenaryA.builder.problem');
  return (key, problem) => {
    switch (problem.kind) {
      case 'required':
        return t('required');
      case 'too-long':
        return t('tooLong', { max: problem.max });
      case 'too-few':
        return key === 'rounds' ? t('tooFewRounds') : t('tooFewTables');
      case 'too-many':
        return key === 'rounds' ? t('tooManyRounds', { max: problem.max }) : t('tooManyTables', { max: problem.max });
      case 'duration':
        return key === 'speakingTurnMs' ? t('speakingTurn') : t('duration');
      case 'invalid':
        return t('invalid');
      case 'per-table':
        return t('perTable', { min: problem.min, max: problem.max });
      case 'max-below-min':
        return t('maxBelowMin');
      case 'server':
        return problem.message;
      case 'plenary':
        switch (problem.rule) {
          case 'count':
            return tp('count', { min: problem.min, max: problem.max });
          case 'max-over-dots':
            return tp('maxOverDots');
          case 'vote-needs-workstreams':
            return tp('voteNeedsWorkstreams');
          default:
            return tp(problem.rule);
        }
    }
  };
}
