import type { SessionDraft } from '@/lib/realtime/contract';
import { makeDraft } from './session-draft-factory';
import { newCommandId, TestClient } from './test-client';
import type { TestServer } from './test-server';

export type Phone = { client: TestClient; id: string; name: string; token: string };

/** A session prepared and opened by the organiser; returns the organiser's client bound to it. */
export async function openSession(server: TestServer, draft: Partial<SessionDraft> = {}) {
  const lobby = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
  const created = await lobby.request('session:create', { commandId: newCommandId(), draft: makeDraft(draft) });
  lobby.close();
  if (!created.ok) throw new Error(created.message);
  const organiser = new TestClient(server.url, () => ({ sessionId: created.sessionId }), { cookie: server.organiserCookie });
  const view = await organiser.until(() => true);
  return { organiser, sessionId: created.sessionId, code: view.session.code, view };
}

/** A phone joins by name, then sits down at table `number` (through its QR, or its host link). */
export async function seatPhone(server: TestServer, code: string, name: string, number: number, hostKey?: string): Promise<Phone> {
  const stored: { token?: string } = {};
  const client = new TestClient(server.url, () => ({ joinCode: code, ...(stored.token ? { participantToken: stored.token } : {}) }));
  await client.until(() => true);
  const joined = await client.request('participant:join', { commandId: newCommandId(), displayName: name });
  if (!joined.ok) throw new Error(joined.message);
  if (joined.status !== 'joined') throw new Error(`${name} waits at the doors`);
  stored.token = joined.participantToken;
  const seated = await client.request('seat:take', { commandId: newCommandId(), table: number, ...(hostKey ? { hostKey } : {}) });
  if (!seated.ok) throw new Error(`${name}: ${seated.code}`);
  await client.until((v) => v.me?.tableId === seated.tableId && v.table?.tableId === seated.tableId);
  return { client, id: joined.participantId, name, token: joined.participantToken };
}

export function hostKeyOf(hostLink: string): string {
  return new URL(hostLink).searchParams.get('host') ?? '';
}

export async function control(organiser: TestClient, action: 'start' | 'next' | 'back' | 'pause' | 'resume'): Promise<number> {
  const ack = await organiser.request('session:control', { commandId: newCommandId(), action });
  if (!ack.ok) throw new Error(`${action}: ${ack.code}`);
  return ack.seq;
}

/** Awaits an ack and fails the test with its refusal, or returns the success narrowed. */
export async function ok<T extends { ok: boolean }>(ack: Promise<T>): Promise<Extract<T, { ok: true }>> {
  const result = await ack;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/**
 * A café in its first sharing: three phones at table 1 and one at table 2, each with a note (shared
 * now), and a second organiser console that opened table 1.
 */
export async function sharingCafe(server: TestServer) {
  const session = await openSession(server);
  const tableIds = session.view.seating!.map((t) => t.id);
  const atOne: Phone[] = [];
  for (let i = 0; i < 3; i++) atOne.push(await seatPhone(server, session.code, `One ${i + 1}`, 1));
  const atTwo = await seatPhone(server, session.code, 'Two', 2);
  const watcher = new TestClient(server.url, () => ({ sessionId: session.sessionId }), { cookie: server.organiserCookie });
  await watcher.until(() => true);
  await watcher.watch(tableIds[0]!);
  await control(session.organiser, 'start');
  for (const p of [...atOne, atTwo]) {
    await p.client.until((v) => v.live.stage.kind === 'phase');
    await ok(p.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: `note of ${p.name}` }));
  }
  await control(session.organiser, 'next'); // sharing: the notes are shared at each table
  for (const p of atOne) await p.client.until((v) => v.table?.notes.length === 3);
  await atTwo.client.until((v) => v.table?.notes.length === 1);
  await watcher.until((v) => v.tables?.find((t) => t.tableId === tableIds[0])?.notes.length === 3);
  return { organiser: session.organiser, watcher, tableIds, atOne, atTwo };
}
