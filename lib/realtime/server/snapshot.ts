import { getParticipant, listParticipants, toParticipantView } from '../../../db/queries/participants';
import { countParticipants, getSessionRow, liveOf, loadConfig } from '../../../db/queries/sessions';
import { PROTOCOL_VERSION, type Snapshot } from '../contract';
import { CommandError, type Identity, type RealtimeDeps } from './types';

export function joinUrl(base: string, code: string): string {
  return `${base}/join/${code}`;
}

/** The role's projection of the session, as of now. */
export function buildSnapshot(deps: RealtimeDeps, identity: Identity): Snapshot {
  if (identity.sessionId === null) throw new CommandError('not-found', 'this socket is not bound to a session');
  const row = getSessionRow(deps.db, identity.sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  const base = deps.publicUrl();
  const snapshot: Snapshot = {
    role: identity.role,
    protocol: PROTOCOL_VERSION,
    serverTime: deps.clock.now(),
    seq: row.seq,
    session: loadConfig(deps.db, row),
    live: liveOf(row),
    joinUrl: joinUrl(base, row.code),
    participantCount: countParticipants(deps.db, row.id),
  };
  if (identity.role === 'organiser') {
    snapshot.participants = listParticipants(deps.db, row.id);
    snapshot.screenUrl = `${base}/screen/${row.screenKey}`;
  }
  if (identity.role === 'participant') {
    const me = getParticipant(deps.db, identity.participantId);
    if (me) snapshot.me = toParticipantView(me);
  }
  return snapshot;
}
