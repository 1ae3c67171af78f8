import { expect } from 'vitest';
import type { SessionDraft, TableColour } from '@/lib/realtime/contract';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from './cafe';
import { newCommandId, TestClient } from './test-client';
import type { TestServer } from './test-server';

export type Mover = { client: TestClient; id: string; name: string; token: string };

/** A session with a host at every table and movers who joined without a table, ready to be seated by a rotation. */
export type Room = {
  organiser: TestClient;
  sessionId: string;
  code: string;
  tableIds: string[];
  hosts: Phone[];
  movers: Mover[];
  /** Where each mover went, rotation after rotation (mover id → table ids). */
  history: Record<string, string[]>;
  /** A late arrival joins without a table. */
  join(name: string): Promise<Mover>;
  close(): void;
};

const COLOURS: TableColour[] = ['red', 'green', 'blue', 'teal', 'purple', 'orange', 'pink', 'brown'];
const QUESTION = (n: number) => ({ question: `Question ${n}?`, reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 });

/** Opens a room of its own for one test: `tables` tables with their hosts, `movers` people not seated yet, `rounds` rounds. */
export async function openRoom(
  server: TestServer,
  options: {
    tables: number;
    movers: number;
    rounds: number;
    labels?: readonly string[];
    minPerTable?: number;
    maxPerTable?: number;
    /** Anything else of the session (its language, anonymity, questions, plenary). */
    draft?: Partial<SessionDraft>;
    /** The hosts' and the movers' names ("Host n", "Mover n" by default). */
    hostName?: (n: number) => string;
    moverName?: (n: number) => string;
  },
): Promise<Room> {
  const session = await openSession(server, {
    tables: Array.from({ length: options.tables }, (_, i) => ({ name: `Table ${i + 1}`, colour: COLOURS[i % COLOURS.length]! })),
    rounds: Array.from({ length: options.rounds }, (_, i) => QUESTION(i + 1)),
    ...(options.minPerTable ? { minPerTable: options.minPerTable } : {}),
    ...(options.maxPerTable ? { maxPerTable: options.maxPerTable } : {}),
    ...options.draft,
  });
  const tableIds = session.view.seating!.map((t) => t.id);
  const clients: TestClient[] = [session.organiser];
  const hostName = options.hostName ?? ((n: number) => `Host ${n}`);
  const hosts = await Promise.all(tableIds.map((id, t) => seatPhone(server, session.code, hostName(t + 1), t + 1, hostKeyOf(session.view.hostLinks![id]!))));
  clients.push(...hosts.map((h) => h.client));
  const movers: Mover[] = [];
  const join = async (name: string): Promise<Mover> => {
    const stored: { token?: string } = {};
    const client = new TestClient(server.url, () => ({ joinCode: session.code, ...(stored.token ? { participantToken: stored.token } : {}) }));
    clients.push(client);
    await client.until(() => true);
    const label = options.labels?.[clients.length % options.labels.length];
    const ack = await ok(client.request('participant:join', { commandId: newCommandId(), displayName: name, ...(label ? { groupLabel: label } : {}) }));
    if (ack.status !== 'joined') throw new Error(`${name} waits at the doors`);
    stored.token = ack.participantToken;
    await client.until((v) => v.role === 'participant');
    return { client, id: ack.participantId, name, token: ack.participantToken };
  };
  const moverName = options.moverName ?? ((n: number) => `Mover ${n}`);
  movers.push(...(await Promise.all(Array.from({ length: options.movers }, (_, i) => join(moverName(i + 1))))));
  return {
    organiser: session.organiser,
    sessionId: session.sessionId,
    code: session.code,
    tableIds,
    hosts,
    movers,
    history: {},
    join,
    close: () => clients.forEach((c) => c.close()),
  };
}

/** Every mover reaches the destination its phone shows, by "I'm here" or by scanning the table's QR. */
export async function everyoneChecksIn(room: Room, round: number): Promise<void> {
  await Promise.all(
    room.movers.map(async (mover, i) => {
      const view = await mover.client.until((v) => v.arrival?.round === round && v.me?.tableId === v.arrival.tableId);
      const destination = view.arrival!.tableId;
      expect(view.table?.tableId ?? destination).toBe(destination);
      if (i % 2 === 0) {
        await ok(mover.client.request('seat:check-in', { commandId: newCommandId() }));
      } else {
        const number = view.arrival!.table.number;
        await ok(mover.client.request('seat:take', { commandId: newCommandId(), table: number }));
      }
      (room.history[mover.id] ??= []).push(destination);
    }),
  );
  const progress = await room.organiser.until((v) => v.moving?.round === round && v.moving.checkedIn === room.movers.length);
  expect(progress.moving).toEqual({ round, total: room.movers.length, checkedIn: room.movers.length });
}

/** Plans, applies and checks everyone in at their table for `round`. */
export async function rotate(room: Room, round: number, seed?: number): Promise<void> {
  const planned = await ok(room.organiser.request('rotation:plan', { commandId: newCommandId(), ...(seed !== undefined ? { seed } : {}) }));
  expect(planned.rotation.round).toBe(round);
  await ok(room.organiser.request('rotation:apply', { commandId: newCommandId() }));
  await everyoneChecksIn(room, round);
}

/** Runs a round's three phases (from its reflection) and stops at the rotation after it. */
export async function playRound(room: Room, options: { fromLobby?: boolean } = {}): Promise<void> {
  await control(room.organiser, options.fromLobby ? 'start' : 'next'); // reflection
  await control(room.organiser, 'next'); // sharing
  await control(room.organiser, 'next'); // consolidation
  await control(room.organiser, 'next'); // the rotation after it
}
