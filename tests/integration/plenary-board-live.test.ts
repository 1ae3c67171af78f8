/**
 * The console's board of ideas stays current while the tables still consolidate: every idea written,
 * edited or deleted at a table reaches the organiser's plenary view (the board they group early),
 * and what is not an idea — a host's recap choice — leaves it as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';
import { openPlenaryCafe, type PlenaryCafe } from './plenary-cafe';

let server: TestServer;
let cafe: PlenaryCafe;

beforeAll(async () => {
  server = await startTestServer();
  // Ends in round 2's consolidation: the tables still write ideas; the organiser may group them already.
  cafe = await openPlenaryCafe(server, { tables: 2, phones: 1, ideasPerTable: 2 });
});

afterAll(async () => {
  cafe?.close();
  await server?.close();
});

const boardIdeas = () => cafe.organiser.view!.plenary!.board!.ideas;

describe("the organiser's board during the last consolidation", () => {
  it('shows an idea a host writes, then its new text, and drops it once deleted', async () => {
    const host = cafe.hosts[1]!.client;
    await cafe.organiser.until((v) => v.plenary?.board?.ideas.length === 8);
    const ideaId = newCommandId();
    await ok(host.request('idea:add', { commandId: newCommandId(), ideaId, text: 'A tool library in every school', sourceNoteIds: [] }));
    await cafe.organiser.until((v) => v.plenary?.board?.ideas.some((i) => i.id === ideaId && i.text === 'A tool library in every school') === true);
    expect(boardIdeas().find((i) => i.id === ideaId)).toMatchObject({ tableId: cafe.tableIds[1], round: 1, workstreamId: null });

    await ok(host.request('idea:edit', { commandId: newCommandId(), ideaId, text: 'A tool library in every primary school' }));
    await cafe.organiser.until((v) => v.plenary?.board?.ideas.some((i) => i.id === ideaId && i.text === 'A tool library in every primary school') === true);

    await ok(host.request('idea:delete', { commandId: newCommandId(), ideaId }));
    await cafe.organiser.until((v) => v.plenary?.board?.ideas.length === 8);
    expect(boardIdeas().some((i) => i.id === ideaId)).toBe(false);
  });

  it('never sends the board to phones before the plenary', () => {
    for (const phone of cafe.phones) expect(phone.client.view!.plenary ?? null).toBeNull();
  });
});
