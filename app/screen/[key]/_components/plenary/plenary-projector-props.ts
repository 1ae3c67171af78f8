import type { PlenaryView, Snapshot } from '@/lib/realtime/contract';

/** What every plenary screen of the projector gets. */
export type PlenaryProjectorProps = { view: Snapshot; plenary: PlenaryView; serverNow(): number };
