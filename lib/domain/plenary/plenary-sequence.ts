/**
 * The plenary as a sequence of stages: one restitution slot per table, then each other step that
 * is switched on, in the fixed order; an open plenary when no step is. Pure.
 */
import { PLENARY_STEPS, type PlenaryProgramme, type PlenaryStep } from './plenary-types';

/** A stage of the plenary; `table` is the 0-based position of the presenting table. */
export type PlenaryStage =
  { kind: 'plenary'; step: 'restitution'; table: number } | { kind: 'plenary'; step: Exclude<PlenaryStep, 'restitution'> } | { kind: 'plenary'; step: 'open' };

/** What the plenary needs of the plan: its programme and how many tables present. */
export type PlenaryPlan = { plenary: PlenaryProgramme; tableCount: number };

/** Every stage of the plenary, in order; never empty. A restitution with no table has no slot. */
export function plenaryStages({ plenary, tableCount }: PlenaryPlan): PlenaryStage[] {
  const stages: PlenaryStage[] = [];
  for (const step of PLENARY_STEPS) {
    if (!plenary.steps.includes(step)) continue;
    if (step === 'restitution') for (let table = 0; table < tableCount; table++) stages.push({ kind: 'plenary', step, table });
    else stages.push({ kind: 'plenary', step });
  }
  return stages.length > 0 ? stages : [{ kind: 'plenary', step: 'open' }];
}

/**
 * Where a stage sits in the fixed order, so that a stage the plan no longer lists (a step switched
 * off, a table gone) still has a well-defined next and previous. The open plenary comes first.
 */
function orderOf(stage: PlenaryStage): [number, number] {
  if (stage.step === 'open') return [-1, 0];
  return [PLENARY_STEPS.indexOf(stage.step), stage.step === 'restitution' ? stage.table : 0];
}

function compare(a: PlenaryStage, b: PlenaryStage): number {
  const [stepA, tableA] = orderOf(a);
  const [stepB, tableB] = orderOf(b);
  return stepA - stepB || tableA - tableB;
}

/** The plenary's first stage. */
export function firstPlenaryStage(plan: PlenaryPlan): PlenaryStage {
  return plenaryStages(plan)[0]!;
}

/** The plenary stage after `stage`; null after the last (the session closes next). */
export function plenaryStageAfter(stage: PlenaryStage, plan: PlenaryPlan): PlenaryStage | null {
  return plenaryStages(plan).find((s) => compare(s, stage) > 0) ?? null;
}

/** The plenary stage before `stage`; null before the first (back to the last consolidation). */
export function plenaryStageBefore(stage: PlenaryStage, plan: PlenaryPlan): PlenaryStage | null {
  return plenaryStages(plan).findLast((s) => compare(s, stage) < 0) ?? null;
}

/** The timer a plenary stage starts with: the restitution slot, a step's duration, or none. */
export function plenaryStageDurationMs(stage: PlenaryStage, programme: PlenaryProgramme): number | null {
  if (stage.step === 'open') return null;
  if (stage.step === 'restitution') return programme.restitutionSlotMs;
  return programme.stepDurationsMs[stage.step];
}
