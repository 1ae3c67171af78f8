/** Factories for test data: a valid default, with only what the test cares about overridden. */
import { PROTOCOL_VERSION, type ParticipantView, type SessionView, type Snapshot } from '@/lib/realtime/contract';
import { LOBBY } from '@/lib/domain/session-machine';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';

/** The session as the console holds it (with its tables' names); a phone's has no `tables`. */
export function makeSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 'session-1',
    code: 'ABC123',
    title: 'Futures of the commons',
    purpose: '',
    language: 'en',
    anonymous: false,
    autoAdvance: false,
    rounds: [{ question: 'What matters?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 }],
    tableCount: 1,
    tables: [{ name: 'Table 1', colour: 'red' }],
    speakingTurnMs: null,
    minPerTable: null,
    maxPerTable: null,
    plenary: structuredClone(DEFAULT_PLENARY),
    ...overrides,
  };
}

export function makeParticipant(overrides: Partial<ParticipantView> = {}): ParticipantView {
  return { id: 'p-1', displayName: 'Ada', groupLabel: null, joinedAt: 1_000, tableId: null, ...overrides };
}

/** A participant's snapshot by default; pass `role: 'organiser', participants: [...]` for the console. */
export function makeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    role: 'participant',
    protocol: PROTOCOL_VERSION,
    serverTime: 1_000_000,
    seq: 10,
    session: makeSession(),
    live: LOBBY,
    joinUrl: 'http://192.168.1.20:3000/join/ABC123',
    participantCount: 0,
    ...overrides,
  };
}
