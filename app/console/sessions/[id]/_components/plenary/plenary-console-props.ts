import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

/** What every plenary panel of the console gets. */
export type PlenaryConsoleProps = { view: Snapshot; socket: SessionSocket; serverNow(): number };
