import { describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY, type PlenaryStep } from './plenary-types';
import { plenaryStageDurationMs, plenaryStages, type PlenaryStage } from './plenary-sequence';

const label = (stage: PlenaryStage) => (stage.step === 'restitution' ? `table ${stage.table}` : stage.step);

describe('plenaryStages: one slot per table, then each step that is on, in the fixed order', () => {
  it.each<[string, PlenaryStep[], number, string[]]>([
    ['every step, 3 tables', [...DEFAULT_PLENARY.steps], 3, ['table 0', 'table 1', 'table 2', 'workstreams', 'vote', 'assessment', 'actions']],
    ['no step: an open plenary', [], 3, ['open']],
    ['the restitution alone', ['restitution'], 2, ['table 0', 'table 1']],
    ['a restitution with no table is empty: open', ['restitution'], 0, ['open']],
    ['vote and actions', ['vote', 'actions'], 5, ['vote', 'actions']],
  ])('%s', (_name, steps, tableCount, expected) => {
    expect(plenaryStages({ plenary: { ...DEFAULT_PLENARY, steps }, tableCount }).map(label)).toEqual(expected);
  });
});

describe('plenaryStageDurationMs', () => {
  const programme = {
    ...DEFAULT_PLENARY,
    restitutionSlotMs: 120_000,
    stepDurationsMs: { workstreams: null, vote: 300_000, assessment: null, actions: 600_000 },
  };
  it.each<[PlenaryStage, number | null]>([
    [{ kind: 'plenary', step: 'restitution', table: 3 }, 120_000],
    [{ kind: 'plenary', step: 'workstreams' }, null],
    [{ kind: 'plenary', step: 'vote' }, 300_000],
    [{ kind: 'plenary', step: 'actions' }, 600_000],
    [{ kind: 'plenary', step: 'open' }, null],
  ])('%j → %j', (stage, expected) => {
    expect(plenaryStageDurationMs(stage, programme)).toBe(expected);
  });
});
