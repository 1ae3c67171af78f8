/**
 * A café brought to its plenary for the plenary's integration tests: tables with their hosts,
 * phones that joined, ideas consolidated at each table, an organiser and a projector.
 */
import type { PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import type { Snapshot, TableColour } from '@/lib/realtime/contract';
import { control, hostKeyOf, ok, type Phone } from '@/tests/helpers/cafe';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';

type Server = { url: string; organiserCookie: string };

export type PlenaryCafe = {
  organiser: TestClient;
  screen: TestClient;
  sessionId: string;
  code: string;
  tableIds: string[];
  hosts: Phone[];
  phones: Phone[];
  /** Idea ids by table, in order (round 0 then round 1, as consolidated). */
  ideas: string[][];
  everyone(): TestClient[];
  close(): void;
};

const COLOURS: TableColour[] = ['red', 'green', 'blue', 'teal', 'purple', 'orange'];

/** A phone that joins without a table (votes and ratings need no seat). */
export async function joinPhone(server: Server, code: string, name: string): Promise<Phone> {
  const stored: { token?: string } = {};
  const client = new TestClient(server.url, () => ({ joinCode: code, ...(stored.token ? { participantToken: stored.token } : {}) }));
  await client.until(() => true);
  const joined = await ok(client.request('participant:join', { commandId: newCommandId(), displayName: name }));
  if (joined.status !== 'joined') throw new Error(`${name} waits at the doors`);
  stored.token = joined.participantToken;
  await client.until((v) => v.role === 'participant');
  return { client, id: joined.participantId, name, token: joined.participantToken };
}

/** A phone that joins and sits at table `number` as its host (the table's host link). */
async function seatHost(server: Server, code: string, name: string, number: number, hostKey: string): Promise<Phone> {
  const phone = await joinPhone(server, code, name);
  const seated = await ok(phone.client.request('seat:take', { commandId: newCommandId(), table: number, hostKey }));
  await phone.client.until((v) => v.me?.tableId === seated.tableId && v.table?.tableId === seated.tableId);
  return phone;
}

/**
 * Opens a session with `tables` tables (a host each), `phones` people, two rounds, and
 * `ideasPerTable` ideas per table and round written by the organiser; leaves it at the last
 * round's consolidation, just before the plenary.
 */
export async function openPlenaryCafe(
  server: Server,
  options: {
    tables: number;
    phones: number;
    ideasPerTable: number;
    plenary?: Partial<PlenaryProgramme>;
    ideaText?: (table: number, round: number, i: number) => string;
    /** The session's language (the factory's default otherwise). */
    language?: 'en' | 'fr';
  },
): Promise<PlenaryCafe> {
  const base = makeDraft();
  const draft = makeDraft({
    tables: Array.from({ length: options.tables }, (_, i) => ({ name: `Table ${i + 1}`, colour: COLOURS[i % COLOURS.length]! })),
    rounds: [
      { question: 'What works?', reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 },
      { question: 'What next?', reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 },
    ],
    plenary: { ...base.plenary, ...options.plenary },
    ...(options.language ? { language: options.language } : {}),
  });
  const lobby = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
  const created = await ok(lobby.request('session:create', { commandId: newCommandId(), draft }));
  lobby.close();
  const sessionId = created.sessionId;
  const organiser = new TestClient(server.url, () => ({ sessionId }), { cookie: server.organiserCookie });
  const view = await organiser.until(() => true);
  const code = view.session.code;
  const tableIds = view.seating!.map((t) => t.id);
  const screenKey = new URL(view.screenUrl!).pathname.split('/').at(-1)!;
  const screen = new TestClient(server.url, () => ({ screenKey }));
  const hosts = await Promise.all(tableIds.map((id, t) => seatHost(server, code, `Host ${t + 1}`, t + 1, hostKeyOf(view.hostLinks![id]!))));
  const phones = await Promise.all(Array.from({ length: options.phones }, (_, i) => joinPhone(server, code, `Voter ${i + 1}`)));
  await screen.until(() => true);
  const text = options.ideaText ?? ((table, round, i) => `Idea ${i + 1} of table ${table + 1}, round ${round + 1}`);
  const ideas: string[][] = tableIds.map(() => []);
  await control(organiser, 'start');
  for (let round = 0; round < 2; round++) {
    if (round === 1)
      for (let i = 0; i < 4; i++) await control(organiser, 'next'); // rotation, then round 2's reflection… consolidation
    else for (let i = 0; i < 2; i++) await control(organiser, 'next'); // sharing, consolidation
    for (const [t, tableId] of tableIds.entries()) {
      for (let i = 0; i < options.ideasPerTable; i++) {
        const ideaId = newCommandId();
        await ok(organiser.request('idea:add', { commandId: newCommandId(), ideaId, text: text(t, round, i), sourceNoteIds: [], tableId }));
        ideas[t]!.push(ideaId);
      }
    }
  }
  // The board is coalesced: the café is ready once the organiser's holds every idea the tables wrote.
  const written = ideas.flat().length;
  await organiser.until((v) => v.plenary?.board?.ideas.length === written);
  const everyone = () => [organiser, screen, ...hosts.map((h) => h.client), ...phones.map((p) => p.client)];
  return { organiser, screen, sessionId, code, tableIds, hosts, phones, ideas, everyone, close: () => everyone().forEach((c) => c.close()) };
}

/** The organiser presses "next" until the stage is `step` (a plenary step, or closed); every client then shows it. */
export async function moveTo(cafe: PlenaryCafe, matches: (stage: Snapshot['live']['stage']) => boolean): Promise<void> {
  for (let i = 0; i < 40 && !matches(cafe.organiser.view!.live.stage); i++) {
    const seq = await control(cafe.organiser, 'next');
    await cafe.organiser.until((v) => v.seq >= seq);
  }
  if (!matches(cafe.organiser.view!.live.stage)) throw new Error(`never reached the stage: ${JSON.stringify(cafe.organiser.view!.live.stage)}`);
  const seq = cafe.organiser.view!.seq;
  await Promise.all(cafe.everyone().map((c) => c.until((v) => v.seq >= seq)));
}

export const atStep =
  (step: string, table?: number) =>
  (stage: Snapshot['live']['stage']): boolean =>
    stage.kind === 'plenary' && stage.step === step && (table === undefined || (stage.step === 'restitution' && stage.table === table));

/** The JSON of every message a client received, parsed. */
export function receivedOf(client: TestClient, from = 0): { event: string; args: unknown[] }[] {
  return client.received.slice(from).map((m) => {
    const args: unknown = JSON.parse(m.payload);
    return { event: m.event, args: Array.isArray(args) ? args : [args] };
  });
}
