import { PROTOCOL_VERSION } from '@/lib/realtime/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seatPhone } from '@/tests/helpers/cafe';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { connectError, newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
let console_: TestClient;
let sessionId: string;
let code: string;

function dbSnapshot() {
  const sqlite = server.db.$client;
  return {
    sessions: sqlite.prepare('select * from sessions order by id').all(),
    rounds: sqlite.prepare('select * from rounds order by session_id, position').all(),
    participants: sqlite.prepare('select * from participants order by id').all(),
    events: sqlite.prepare('select count(*) n from session_events').get(),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  console_ = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
  const created = await console_.request('session:create', { commandId: newCommandId(), draft: makeDraft() });
  if (!created.ok) throw new Error(created.message);
  sessionId = created.sessionId;
  const owner = new TestClient(server.url, () => ({ sessionId }), { cookie: server.organiserCookie });
  code = (await owner.until(() => true)).session.code;
  owner.close();
});

afterAll(async () => {
  console_?.close();
  await server?.close();
});

describe('handshake refusals', () => {
  it.each([
    ['an old protocol version', { protocol: PROTOCOL_VERSION - 1, joinCode: 'X' }, undefined, 'bad-protocol'],
    ['no protocol at all', { joinCode: 'X' }, undefined, 'invalid-payload'],
    ['an unknown field', { protocol: PROTOCOL_VERSION, role: 'organiser' }, undefined, 'invalid-payload'],
    ['an unknown join code', { protocol: PROTOCOL_VERSION, joinCode: 'NOPE99' }, undefined, 'not-found'],
    ['a forged participant token', { protocol: PROTOCOL_VERSION, joinCode: '<code>', participantToken: 'forged-token' }, undefined, 'unauthorised'],
    ['an unknown projector key', { protocol: PROTOCOL_VERSION, screenKey: 'not-a-key' }, undefined, 'not-found'],
    ['an organiser without the sign-in cookie', { protocol: PROTOCOL_VERSION }, undefined, 'unauthorised'],
    ['an organiser with a forged cookie', { protocol: PROTOCOL_VERSION }, 'tournee_organiser=forged', 'unauthorised'],
    ['an organiser on an unknown session', { protocol: PROTOCOL_VERSION, sessionId: 'missing' }, '<cookie>', 'not-found'],
  ] as Array<[string, Record<string, unknown>, string | undefined, string]>)('refuses %s', async (_name, auth, cookie, expected) => {
    const realAuth = { ...auth, ...(auth.joinCode === '<code>' ? { joinCode: code } : {}) };
    const realCookie = cookie === '<cookie>' ? server.organiserCookie : cookie;
    expect(await connectError(server.url, realAuth, realCookie)).toBe(expected);
  });

  it('accepts the join code typed in lower case with spaces', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)}` }));
    expect((await phone.until(() => true)).role).toBe('guest');
    phone.close();
  });
});

describe('malformed commands change nothing', () => {
  it.each([
    ['session:create', { commandId: 'short', draft: makeDraft() }],
    ['session:create', { commandId: newCommandId(), draft: { ...makeDraft(), title: '' } }],
    ['session:create', { commandId: newCommandId(), draft: { ...makeDraft(), rounds: [] } }],
    ['session:create', { commandId: newCommandId(), draft: { ...makeDraft(), tables: [{ name: 'T', colour: 'chartreuse' }] } }],
    ['session:create', { commandId: newCommandId(), draft: { ...makeDraft(), extra: true } }],
    ['session:create', { commandId: newCommandId(), draft: { ...makeDraft(), title: 'x'.repeat(500) } }],
    [
      'session:create',
      { commandId: newCommandId(), draft: makeDraft({ rounds: [{ question: 'Q', reflectionMs: 5, sharingMs: 600_000, consolidationMs: 420_000 }] }) },
    ],
    ['session:update', { commandId: newCommandId(), sessionId: 'missing', draft: makeDraft() }],
    ['session:control', { commandId: newCommandId(), action: 'explode' }],
    ['session:control', { commandId: newCommandId(), action: 'extend', ms: 999_999 }],
    ['session:delete', { commandId: newCommandId() }],
    ['session:create', 'not an object'],
    ['session:create', null],
  ] as const)('%s with %j is refused', async (event, payload) => {
    const before = dbSnapshot();
    const ack = await console_.request(event as 'session:create', payload as never);
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(['invalid-payload', 'not-found', 'forbidden']).toContain(ack.code);
    expect(dbSnapshot()).toEqual(before);
  });

  it('names the fields at fault in an invalid draft', async () => {
    const ack = await console_.request('session:create', { commandId: newCommandId(), draft: { ...makeDraft(), title: '' } });
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(ack.issues?.map((i) => i.path.join('.'))).toContain('draft.title');
  });

  it('refuses a join with an empty or over-long name', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const before = dbSnapshot();
    for (const displayName of ['', '   ', 'n'.repeat(41)]) {
      const ack = await phone.request('participant:join', { commandId: newCommandId(), displayName });
      expect(ack).toMatchObject({ ok: false, code: 'invalid-payload' });
    }
    expect(dbSnapshot()).toEqual(before);
    phone.close();
  });

  it('answers an unknown command with unknown-command, and changes nothing', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const before = dbSnapshot();
    const ack: unknown = await phone.socket.timeout(5_000).emitWithAck('session:explode' as 'session:sync', {});
    expect(ack).toMatchObject({ ok: false, code: 'unknown-command' });
    expect(dbSnapshot()).toEqual(before);
    phone.close();
  });

  it('answers a command sent without its payload with invalid-payload instead of leaving it unanswered', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const before = dbSnapshot();
    const timed = phone.socket.timeout(5_000);
    const withoutPayload = timed.emitWithAck as unknown as (event: string) => Promise<unknown>;
    expect(await withoutPayload.call(timed, 'participant:join')).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(dbSnapshot()).toEqual(before);
    phone.close();
  });

  it('refuses organiser commands from a phone', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const before = dbSnapshot();
    expect(await phone.request('session:list', {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await phone.request('session:delete', { commandId: newCommandId(), sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(dbSnapshot()).toEqual(before);
    phone.close();
  });

  it('rate-limits a phone that floods the server, per participant', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const acks = await Promise.all(Array.from({ length: 100 }, () => phone.request('time:ping', { clientTime: 1 })));
    expect(acks.filter((a) => !a.ok && a.code === 'rate-limited').length).toBeGreaterThan(0);
    phone.close();
  });
});

describe('preparing sessions', () => {
  it('creates once for a retried create, edits until the start, duplicates and deletes', async () => {
    const commandId = newCommandId();
    const first = await console_.request('session:create', { commandId, draft: makeDraft({ title: 'Retry me' }) });
    const retry = await console_.request('session:create', { commandId, draft: makeDraft({ title: 'Retry me' }) });
    expect(retry).toEqual(first);
    const list = await console_.request('session:list', {});
    expect(list.ok && list.sessions.filter((s) => s.title === 'Retry me')).toEqual([
      expect.objectContaining({ title: 'Retry me', stage: 'lobby', rounds: 2, tables: 3, participants: 0, language: 'fr' }),
    ]);
    if (!first.ok) throw new Error('create failed');

    const owner = new TestClient(server.url, () => ({ sessionId: first.sessionId }), { cookie: server.organiserCookie });
    await owner.until(() => true);
    // Someone sits at table 3, which the edit removes: they are unseated, and everyone's seating follows.
    const { client: early } = await seatPhone(server, owner.view!.session.code, 'Early', 3);
    // The console holds every table's name; a phone, their count and its own table.
    expect(early.view!.session.tableCount).toBe(owner.view!.session.tables!.length);
    expect(early.view!.session).not.toHaveProperty('tables');
    const { id, number, name, colour } = owner.view!.seating![2]!;
    expect(early.view!.myTable).toEqual({ id, number, name, colour });
    const edited = makeDraft({ title: 'Edited', tables: [{ name: 'Solo', colour: 'teal' }] });
    expect(await owner.request('session:update', { commandId: newCommandId(), sessionId: first.sessionId, draft: edited })).toEqual({ ok: true });
    const view = await owner.until((v) => v.session.title === 'Edited' && v.seating!.length === 1);
    expect(view.session.tables).toEqual([{ name: 'Solo', colour: 'teal' }]);
    expect(view.seating).toMatchObject([{ number: 1, name: 'Solo', colour: 'teal', seated: 0 }]);
    const unseated = await early.until((v) => v.me?.tableId === null && v.session.tableCount === 1);
    expect(unseated.table).toBeNull();
    // A phone holds the tables as a count: their names reach it as its own table, its destination.
    expect(unseated.session).not.toHaveProperty('tables');
    early.close();
    const phone = new TestClient(server.url, () => ({ joinCode: view.session.code }));
    await phone.until(() => true);
    expect(await phone.request('participant:join', { commandId: newCommandId(), displayName: 'Ana' })).toMatchObject({ ok: true });
    phone.close();
    const counted = await console_.request('session:list', {});
    expect(counted.ok && counted.sessions.find((s) => s.id === first.sessionId)).toMatchObject({ rounds: 2, tables: 1, participants: 2 });

    const copy = await console_.request('session:duplicate', { commandId: newCommandId(), sessionId: first.sessionId });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const copyOwner = new TestClient(server.url, () => ({ sessionId: copy.sessionId }), { cookie: server.organiserCookie });
    const copyView = await copyOwner.until(() => true);
    expect(copyView.session.tables).toEqual(edited.tables);
    expect(copyView.session.code).not.toBe(view.session.code);
    copyOwner.close();

    expect(await owner.request('session:control', { commandId: newCommandId(), action: 'start' })).toMatchObject({ ok: true });
    const late = await owner.request('session:update', { commandId: newCommandId(), sessionId: first.sessionId, draft: makeDraft() });
    expect(late).toMatchObject({ ok: false, code: 'session-started' });

    expect(await console_.request('session:delete', { commandId: newCommandId(), sessionId: first.sessionId })).toEqual({ ok: true });
    await owner.until(() => owner.deleted);
    const after = await console_.request('session:list', {});
    expect(after.ok && after.sessions.some((s) => s.id === first.sessionId)).toBe(false);
    owner.close();
  });
});
