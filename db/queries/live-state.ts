import type { LiveState, Stage, Timer } from '@/lib/domain/session-machine';
import type { sessions } from '@/db/schema';

type LiveColumns = Pick<
  typeof sessions.$inferSelect,
  'stage' | 'roundIndex' | 'phase' | 'plenaryStep' | 'plenaryTable' | 'timerStatus' | 'timerEndsAt' | 'timerRemainingMs' | 'timerDurationMs'
>;

/** Reads the live state from its columns. */
export function liveFromRow(row: LiveColumns): LiveState {
  return { stage: stageFromRow(row), timer: timerFromRow(row) };
}

function stageFromRow(row: LiveColumns): Stage {
  switch (row.stage) {
    case 'phase':
      return { kind: 'phase', round: row.roundIndex ?? 0, phase: row.phase ?? 'reflection' };
    case 'rotation':
      return { kind: 'rotation', afterRound: row.roundIndex ?? 0 };
    case 'plenary':
      // Migration 0006 gives every stored plenary a step; 'open' is the machine's safe reading of one without.
      if (row.plenaryStep === 'restitution') return { kind: 'plenary', step: 'restitution', table: row.plenaryTable ?? 0 };
      return { kind: 'plenary', step: row.plenaryStep ?? 'open' };
    default:
      return { kind: row.stage };
  }
}

function timerFromRow(row: LiveColumns): Timer | null {
  const durationMs = row.timerDurationMs ?? 0;
  if (row.timerStatus === 'running' && row.timerEndsAt !== null) return { status: 'running', endsAt: row.timerEndsAt, durationMs };
  if (row.timerStatus === 'paused' && row.timerRemainingMs !== null) return { status: 'paused', remainingMs: row.timerRemainingMs, durationMs };
  return null;
}

/** The columns that hold a live state. */
export function liveToColumns(live: LiveState): LiveColumns {
  const { stage, timer } = live;
  return {
    stage: stage.kind,
    roundIndex: stage.kind === 'phase' ? stage.round : stage.kind === 'rotation' ? stage.afterRound : null,
    phase: stage.kind === 'phase' ? stage.phase : null,
    plenaryStep: stage.kind === 'plenary' ? stage.step : null,
    plenaryTable: stage.kind === 'plenary' && stage.step === 'restitution' ? stage.table : null,
    timerStatus: timer?.status ?? null,
    timerEndsAt: timer?.status === 'running' ? timer.endsAt : null,
    timerRemainingMs: timer?.status === 'paused' ? timer.remainingMs : null,
    timerDurationMs: timer?.durationMs ?? null,
  };
}
