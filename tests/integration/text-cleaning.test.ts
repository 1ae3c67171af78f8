import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
let console_: TestClient;
let code: string;

function participantNames(): unknown[] {
  return server.db.$client
    .prepare('select display_name from participants order by display_name')
    .all()
    .map((row) => (row as { display_name: string }).display_name);
}

beforeAll(async () => {
  server = await startTestServer();
  console_ = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
  const created = await console_.request('session:create', {
    commandId: newCommandId(),
    draft: { ...makeDraft(), title: '\u202EPlan\u200B  2027\u0007' },
  });
  if (!created.ok) throw new Error(created.message);
  const owner = new TestClient(server.url, () => ({ sessionId: created.sessionId }), { cookie: server.organiserCookie });
  const snapshot = await owner.until(() => true);
  code = snapshot.session.code;
  expect(snapshot.session.title).toBe('Plan 2027');
  owner.close();
});

afterAll(async () => {
  console_?.close();
  await server?.close();
});

describe('free text is cleaned by the contract', () => {
  it.each([
    ['zero-width characters only', '\u200B\u200C\u200D\uFEFF'],
    ['a right-to-left override and isolates only', '\u202E\u2066\u2069'],
    ['Hangul fillers (a name that looks empty)', '\u3164\u3164\u3164'],
    ['combining marks with nothing to sit on', '\u0301\u0302\u0303'],
  ])('refuses a display name blank once cleaned (%s) with invalid-payload, storing nothing', async (_name, displayName) => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const before = participantNames();
    const ack = await phone.request('participant:join', { commandId: newCommandId(), displayName });
    expect(ack).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(participantNames()).toEqual(before);
    phone.close();
  });

  it('stores a name without its invisible and bidi characters, keeping its accents', async () => {
    const phone = new TestClient(server.url, () => ({ joinCode: code }));
    await phone.until(() => true);
    const ack = await phone.request('participant:join', { commandId: newCommandId(), displayName: ' \u2067Zoe\u0308\u200B Nguyễn\u2069 ' });
    expect(ack.ok).toBe(true);
    expect(participantNames()).toContain('Zoë Nguyễn');
    phone.close();
  });
});
