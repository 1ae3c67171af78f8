'use client';
import type { Snapshot } from '@/lib/realtime/contract';
import { RestitutionProjector } from './restitution-projector';
import { WorkstreamsProjector } from './workstreams-projector';
import { VoteProjector } from './vote-projector';
import { AssessmentProjector } from './assessment-projector';
import { ActionsProjector } from './actions-projector';

type Props = { view: Snapshot; serverNow(): number; fallback: React.ReactNode };

/** The projector during the plenary: the screen of the step the café is at; `fallback` (the plenary's title) when the step has none. */
export function PlenaryProjector({ view, serverNow, fallback }: Props) {
  const { stage } = view.live;
  const plenary = view.plenary;
  if (stage.kind !== 'plenary' || !plenary) return fallback;
  const props = { view, plenary, serverNow };
  switch (stage.step) {
    case 'restitution':
      return <RestitutionProjector {...props} />;
    case 'workstreams':
      return <WorkstreamsProjector {...props} />;
    case 'vote':
      return <VoteProjector {...props} />;
    case 'assessment':
      return <AssessmentProjector {...props} />;
    case 'actions':
      return <ActionsProjector {...props} />;
    case 'open':
      return fallback;
  }
}
