/**
 * Who may send a command. Each resolver checks the socket's identity (decided at the handshake,
 * never from a payload) and returns what the command then works with — the session, the
 * participant, their table — or refuses with `forbidden` / `unauthorised`. A command names one
 * resolver; `who` is how docs/protocol.md's "who" column words it (a test keeps them in step).
 */
import type { Tx } from '@/db/client';
import { organiserSessionExpiry } from '@/db/queries/organiser';
import { getParticipant, type ParticipantRow } from '@/db/queries/participants';
import { hostedTable, type TableRow } from '@/db/queries/seating';
import { CommandError } from './command-error';
import type { Identity } from './identity';
import { requireSessionContext, type SessionContext } from './session-context';

export type AuthResolver<C> = {
  /** Who may send it, as the "who" column of docs/protocol.md says. */
  readonly who: string;
  /** The narrowed context for this identity, or a refusal (thrown CommandError). */
  resolve(identity: Identity, tx: Tx, now: number): C;
};

const forbidden = (message: string) => new CommandError('forbidden', message);

/** Every client. */
export const anyone: AuthResolver<{ identity: Identity }> = { who: 'anyone', resolve: (identity) => ({ identity }) };

/** Every client whose socket is bound to a session (all but the organiser's sessions list). */
export const anyoneInSession: AuthResolver<{ identity: Identity & { sessionId: string } }> = {
  who: 'anyone bound to a session',
  resolve: (identity, tx, now) => {
    if (identity.sessionId === null) throw forbidden('this socket is not bound to a session');
    if (identity.role === 'organiser') requireSignedIn(identity, tx, now);
    return { identity: { ...identity, sessionId: identity.sessionId } };
  },
};

/** A phone that has not joined yet. */
export const guest: AuthResolver<{ sessionId: string; device: string }> = {
  who: 'guest',
  resolve: (identity) => {
    if (identity.role !== 'guest') throw forbidden('only a phone that has not joined may join');
    return { sessionId: identity.sessionId, device: identity.device };
  },
};

/**
 * An organiser's socket is only as good as the sign-in it was opened with: signed out (on any
 * tab) or expired, its commands are refused even before the server has closed it.
 */
function requireSignedIn(identity: Identity & { role: 'organiser' }, tx: Tx, now: number): void {
  if (organiserSessionExpiry(tx, identity.signIn.tokenHash, now) === null) throw new CommandError('unauthorised', 'signed out: sign in again');
}

/** A signed-in organiser, on any page of the console (preparing sessions). */
export const organiser: AuthResolver<object> = {
  who: 'organiser',
  resolve: (identity, tx, now) => {
    if (identity.role !== 'organiser') throw forbidden('organisers only');
    requireSignedIn(identity, tx, now);
    return {};
  },
};

/** The organiser's console of one session. */
export const sessionOrganiser: AuthResolver<SessionContext> = {
  who: 'organiser bound to the session',
  resolve: (identity, tx, now) => {
    if (identity.role !== 'organiser' || identity.sessionId === null) throw forbidden('the organiser of this session only');
    requireSignedIn(identity, tx, now);
    return requireSessionContext(tx, identity.sessionId);
  },
};

export type ParticipantContext = SessionContext & { me: ParticipantRow };

function requireParticipant(identity: Identity, tx: Tx): ParticipantContext {
  if (identity.role !== 'participant') throw forbidden('participants only');
  const me = getParticipant(tx, identity.participantId);
  if (!me) throw new CommandError('unauthorised', 'unknown participant');
  return { ...requireSessionContext(tx, identity.sessionId), me };
}

/** A participant's phone (hosts are participants too). */
export const participant: AuthResolver<ParticipantContext> = { who: 'participant', resolve: requireParticipant };

export type HostContext = ParticipantContext & { table: TableRow };

/** The host of a table, on their own table. */
export const tableHost: AuthResolver<HostContext> = {
  who: 'host',
  resolve: (identity, tx) => {
    const phone = requireParticipant(identity, tx);
    const table = hostedTable(tx, phone.me.id);
    if (!table) throw forbidden('only the table host may do this');
    return { ...phone, table };
  },
};

/** Who shapes a table's output: its host (their own table) or the organiser (who names the table in the payload). */
export type StewardContext = SessionContext & { steward: { role: 'host'; table: TableRow } | { role: 'organiser' } };

export const hostOrOrganiser: AuthResolver<StewardContext> = {
  who: 'host or organiser bound to the session',
  resolve: (identity, tx, now) => {
    if (identity.role === 'organiser' && identity.sessionId !== null) {
      requireSignedIn(identity, tx, now);
      return { ...requireSessionContext(tx, identity.sessionId), steward: { role: 'organiser' } };
    }
    const host = tableHost.resolve(identity, tx, now);
    return { ...host, steward: { role: 'host', table: host.table } };
  },
};
