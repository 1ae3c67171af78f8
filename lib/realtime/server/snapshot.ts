import { listConstraints } from '@/db/queries/constraints';
import type { Queryable } from '@/db/client';
import { myNotes } from '@/db/queries/notes';
import { myReactions } from '@/db/queries/reactions';
import { getParticipant, toParticipantView } from '@/db/queries/participants';
import { getTable, listTableRows, tableSummaries } from '@/db/queries/seating';
import { countParticipants, loadConfig } from '@/db/queries/sessions';
import { currentRound } from '@/lib/domain/session-machine';
import { PROTOCOL_VERSION, type Snapshot } from '@/lib/realtime/contract';
import { synthesisPath } from '@/lib/auth/synthesis-key';
import { joinRequestOf, waitingRequests } from '@/db/queries/join-requests';
import { admissionOf } from './admission';
import { arrivalOf, tableRefOf } from './arrival';
import { progressOf, rotationViewOf } from './rotation';
import { CommandError } from './command-error';
import type { RealtimeDeps } from './deps';
import type { Identity } from './identity';
import { requireSessionContext } from './session-context';
import { buildTableView, buildTableViews } from './table-view';
import { tableStatsOf } from '@/lib/realtime/table-stats';
import { inPlenary, mineOf } from './plenary-view';
import { plenaryViewsOf, progressFor } from './plenary-cache';
import { rooms } from './rooms';
import { seesEveryTable, sessionViewOf } from './session-view';

export function joinUrl(base: string, code: string): string {
  return `${base}/join/${code}`;
}

export function tableUrl(base: string, code: string, number: number): string {
  return `${base}/t/${code}/${number}`;
}

/** The room whose broadcasts a role receives (a guest is among the phones). */
function roomOf(role: Identity['role'], sessionId: string): string {
  if (role === 'organiser') return rooms.organiser(sessionId);
  return role === 'screen' ? rooms.screen(sessionId) : rooms.phones(sessionId);
}

/** The role's projection of the session, as of now (read on the connection or inside a command's transaction). */
export function buildSnapshot(deps: RealtimeDeps, db: Queryable, identity: Identity): Snapshot {
  if (identity.sessionId === null) throw new CommandError('not-found', 'this socket is not bound to a session');
  const ctx = requireSessionContext(db, identity.sessionId);
  const { row, live, roundCount, view } = ctx;
  const base = deps.publicUrl();
  const snapshot: Snapshot = {
    role: identity.role,
    protocol: PROTOCOL_VERSION,
    serverTime: deps.clock.now(),
    seq: row.seq,
    session: sessionViewOf(loadConfig(db, row), seesEveryTable(identity.role)),
    live,
    joinUrl: joinUrl(base, row.code),
    participantCount: countParticipants(db, row.id),
  };
  // A phone that has not joined has no use for it (the page would refuse it anyway).
  if (identity.role !== 'guest') snapshot.synthesisUrl = `${base}${synthesisPath(row.id, row.screenKey)}`;
  if (identity.role === 'organiser') {
    // The people and the tables' content grow with the room: the console fetches them when it shows them.
    const tables = listTableRows(db, row.id);
    snapshot.seating = tableSummaries(db, row.id);
    snapshot.screenUrl = `${base}/screen/${row.screenKey}`;
    snapshot.tableStats = buildTableViews(db, tables, view).map(tableStatsOf);
    snapshot.rotation = rotationViewOf(db, ctx);
    snapshot.constraints = listConstraints(db, row.id);
    snapshot.moving = progressOf(db, ctx);
    snapshot.admission = admissionOf(db, row);
    snapshot.waiting = waitingRequests(db, row.id);
    snapshot.hostLinks = Object.fromEntries(
      tables.map((t) => [t.id, `${tableUrl(base, row.code, t.position + 1)}?host=${encodeURIComponent(t.hostKey ?? '')}`]),
    );
  }
  if (identity.role === 'screen') snapshot.moving = progressOf(db, ctx);
  // The plenary: the organiser always (it may group ideas early); the others once it is reached.
  // Built once per change for everyone (plenary-cache), not once per connecting phone.
  const { full, phone } = plenaryViewsOf(db, ctx);
  const room = roomOf(identity.role, row.id);
  snapshot.plenary = identity.role === 'organiser' ? full : identity.role === 'screen' ? (phone ? full : null) : phone;
  snapshot.plenaryProgress = inPlenary(live.stage) ? progressFor(db, room, ctx) : null;
  if (identity.role === 'guest') {
    snapshot.admission = admissionOf(db, row);
    snapshot.myRequest = joinRequestOf(db, row.id, identity.device)?.status ?? null;
  }
  if (identity.role === 'participant') {
    const me = getParticipant(db, identity.participantId);
    if (me) {
      snapshot.me = toParticipantView(me);
      const table = me.tableId ? getTable(db, me.tableId) : null;
      snapshot.myTable = table ? tableRefOf(table) : null;
      snapshot.table = table ? buildTableView(db, table, view) : null;
      const round = currentRound(live.stage, roundCount);
      snapshot.myNotes = round === null ? [] : myNotes(db, me.id, round);
      snapshot.arrival = arrivalOf(db, me.id);
      snapshot.myPlusOnes = myReactions(db, me.id);
      snapshot.myPlenary = mineOf(db, ctx, me.id);
    }
  }
  return snapshot;
}
