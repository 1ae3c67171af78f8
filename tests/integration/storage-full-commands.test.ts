import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

const participants = () => (server.db.$client.prepare('select count(*) as n from participants').get() as { n: number }).n;

describe('a full disk', () => {
  it('refuses writes with storage-full, keeps nothing, and takes them again once space returns', async () => {
    const { organiser, code } = await openSession(server);
    clients.push(organiser);
    const join = async (displayName: string) => {
      const phone = new TestClient(server.url, () => ({ joinCode: code }));
      clients.push(phone);
      await phone.until(() => true);
      return phone.request('participant:join', { commandId: newCommandId(), displayName });
    };
    // The database may not grow any more: as when the disk is full.
    const pages = server.db.$client.pragma('page_count', { simple: true }) as number;
    server.db.$client.pragma(`max_page_count = ${pages}`);
    const before = participants();
    const names = Array.from({ length: 40 }, (_, i) => `Someone with a rather long name ${i}`);
    const acks = [];
    for (const displayName of names) acks.push(await join(displayName));
    const refused = acks.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const ack of refused) expect(ack).toMatchObject({ ok: false, code: 'storage-full' });
    // Only what was acknowledged is stored.
    expect(participants()).toBe(before + acks.filter((a) => a.ok).length);

    server.db.$client.pragma('max_page_count = 1073741823');
    expect(await join('After the clean-up')).toMatchObject({ ok: true });
  });
});
