import type { ParticipantView, PlenaryView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

/** What every plenary part of a phone gets. */
export type PlenaryPhoneProps = { view: Snapshot; plenary: PlenaryView; me: ParticipantView; send: SessionSocket['send']; serverNow(): number };
