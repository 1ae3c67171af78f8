'use client';
import { RestitutionConsole } from './restitution-console';
import { WorkstreamsConsole } from './workstreams-console';
import { WorkstreamsPrepare } from './workstreams-prepare';
import { VoteConsole } from './vote-console';
import { AssessmentConsole } from './assessment-console';
import { ActionsConsole } from './actions-console';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** The console's plenary: the panel of the step the café is at (the control bar moves between steps). */
export function PlenaryConsole(props: PlenaryConsoleProps) {
  const { stage } = props.view.live;
  if (stage.kind === 'phase' && stage.phase === 'consolidation' && stage.round === props.view.session.rounds.length - 1)
    return <WorkstreamsPrepare {...props} />;
  if (stage.kind !== 'plenary' || !props.view.plenary) return null;
  switch (stage.step) {
    case 'restitution':
      return <RestitutionConsole {...props} />;
    case 'workstreams':
      return <WorkstreamsConsole {...props} />;
    case 'vote':
      return <VoteConsole {...props} />;
    case 'assessment':
      return <AssessmentConsole {...props} />;
    case 'actions':
      return <ActionsConsole {...props} />;
    case 'open':
      return null;
  }
}
