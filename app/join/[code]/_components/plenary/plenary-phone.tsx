'use client';
import type { ParticipantView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { RestitutionPhone } from './restitution-phone';
import { VotePhone } from './vote-phone';
import { AssessmentPhone } from './assessment-phone';

type Props = { view: Snapshot; me: ParticipantView; send: SessionSocket['send']; serverNow(): number };

/** A phone during the plenary: what the step asks of it (nothing for the steps the organiser runs alone). */
export function PlenaryPhone({ view, me, send, serverNow }: Props) {
  const { stage } = view.live;
  const plenary = view.plenary;
  if (stage.kind !== 'plenary' || !plenary) return null;
  const props = { view, plenary, me, send, serverNow };
  switch (stage.step) {
    case 'restitution':
      return <RestitutionPhone {...props} />;
    case 'vote':
      return <VotePhone {...props} />;
    case 'assessment':
      return <AssessmentPhone {...props} />;
    case 'workstreams':
    case 'actions':
    case 'open':
      return null;
  }
}
