/**
 * The restitution, table by table, with real clients: every screen gets the presenting table with
 * its host and its ideas of every round; its host (or the organiser) highlights one of them; a host
 * pages only their own table, only while it presents; phones never get the console's board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';
import { atStep, moveTo, openPlenaryCafe, type PlenaryCafe } from './plenary-cafe';

let server: TestServer;
let cafe: PlenaryCafe;

beforeAll(async () => {
  server = await startTestServer();
  cafe = await openPlenaryCafe(server, { tables: 3, phones: 4, ideasPerTable: 2 });
});

afterAll(async () => {
  cafe?.close();
  await server?.close();
});

const show = (who: { request: PlenaryCafe['organiser']['request'] }, ideaId: string | null) =>
  who.request('restitution:show', { commandId: newCommandId(), ideaId });

describe('the restitution, table by table', () => {
  it('shows every screen the first table: its host, and its ideas of every round by round', async () => {
    await moveTo(cafe, atStep('restitution', 0));
    const tableOne = cafe.tableIds[0]!;
    for (const client of cafe.everyone()) {
      const view = await client.until((v) => v.plenary?.restitution?.table.id === tableOne);
      expect(view.plenary!.restitution).toEqual({
        table: { id: tableOne, number: 1, name: 'Table 1', colour: 'red', hostName: 'Host 1' },
        rounds: [
          {
            round: 0,
            ideas: [
              { id: cafe.ideas[0]![0], text: 'Idea 1 of table 1, round 1' },
              { id: cafe.ideas[0]![1], text: 'Idea 2 of table 1, round 1' },
            ],
          },
          {
            round: 1,
            ideas: [
              { id: cafe.ideas[0]![2], text: 'Idea 1 of table 1, round 2' },
              { id: cafe.ideas[0]![3], text: 'Idea 2 of table 1, round 2' },
            ],
          },
        ],
        highlightedIdeaId: null,
      });
    }
  });

  it('gives the organiser and the projector every idea, and phones only what they show', async () => {
    const board = cafe.screen.view!.plenary!.board!;
    expect(board.ideas).toHaveLength(12);
    expect(board.tables.map((t) => t.hostName)).toEqual(['Host 1', 'Host 2', 'Host 3']);
    expect(cafe.organiser.view!.plenary!.board!.ideas).toHaveLength(12);
    for (const phone of [...cafe.phones, ...cafe.hosts]) {
      expect(phone.client.view!.plenary!.board).toBeNull();
      expect(phone.client.view!.plenary!.actions).toBeNull();
    }
  });

  it('lets the presenting host page through their own table’s ideas, highlighted on every screen', async () => {
    const host = cafe.hosts[0]!.client;
    for (const ideaId of cafe.ideas[0]!.slice(0, 3)) {
      await ok(show(host, ideaId));
      await Promise.all(cafe.everyone().map((c) => c.until((v) => v.plenary?.restitution?.highlightedIdeaId === ideaId)));
    }
    await ok(show(host, null));
    await cafe.screen.until((v) => v.plenary?.restitution?.highlightedIdeaId === null);
  });

  it('brings a phone that was away back to the idea being shown', async () => {
    const phone = cafe.phones[3]!.client;
    phone.socket.disconnect();
    const shown = cafe.ideas[0]![3]!;
    await ok(show(cafe.hosts[0]!.client, shown));
    await cafe.screen.until((v) => v.plenary?.restitution?.highlightedIdeaId === shown);
    expect(phone.view!.plenary!.restitution!.highlightedIdeaId).not.toBe(shown);
    phone.socket.connect();
    const view = await phone.until((v) => v.plenary?.restitution?.highlightedIdeaId === shown);
    expect(view.plenary!.board).toBeNull();
  });

  it('refuses another host, another table’s idea, an unknown idea and a participant', async () => {
    expect(await show(cafe.hosts[1]!.client, cafe.ideas[0]![0]!)).toMatchObject({ ok: false, code: 'wrong-table' });
    expect(await show(cafe.hosts[0]!.client, cafe.ideas[1]![0]!)).toMatchObject({ ok: false, code: 'wrong-table' });
    expect(await show(cafe.hosts[0]!.client, 'no-such-idea')).toMatchObject({ ok: false, code: 'unknown-idea' });
    expect(await show(cafe.phones[0]!.client, cafe.ideas[0]![0]!)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await show(cafe.screen, cafe.ideas[0]![0]!)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('moves to the next table on "next": the highlight is cleared, and the pager changes hands', async () => {
    await ok(show(cafe.organiser, cafe.ideas[0]![1]!));
    await cafe.screen.until((v) => v.plenary?.restitution?.highlightedIdeaId === cafe.ideas[0]![1]);
    await control(cafe.organiser, 'next');
    const view = await cafe.screen.until((v) => v.plenary?.restitution?.table.number === 2);
    expect(view.plenary!.restitution!.highlightedIdeaId).toBeNull();
    expect(view.live.timer).toMatchObject({ status: 'running', durationMs: 180_000 });
    expect(await show(cafe.hosts[0]!.client, cafe.ideas[0]![0]!)).toMatchObject({ ok: false, code: 'wrong-table' });
    await ok(show(cafe.hosts[1]!.client, cafe.ideas[1]![2]!));
    await cafe.phones[0]!.client.until((v) => v.plenary?.restitution?.highlightedIdeaId === cafe.ideas[1]![2]);
  });

  it('goes back a table on "back", and leaves the restitution for the workstreams with no highlight', async () => {
    await control(cafe.organiser, 'back');
    await cafe.screen.until((v) => v.plenary?.restitution?.table.number === 1 && v.plenary.restitution.highlightedIdeaId === null);
    await moveTo(cafe, atStep('workstreams'));
    const view = await cafe.phones[1]!.client.until((v) => v.plenary?.restitution === null);
    expect(view.plenary!.restitution).toBeNull();
    expect(await show(cafe.organiser, cafe.ideas[0]![0]!)).toMatchObject({ ok: false, code: 'wrong-step' });
  });

  it('takes the plenary view away from phones and the projector when the organiser goes back to the last round', async () => {
    for (let i = 0; i < 4; i++) await control(cafe.organiser, 'back');
    const view = await cafe.screen.until((v) => v.live.stage.kind === 'phase');
    await cafe.screen.until((v) => v.plenary === null);
    expect(view.live.stage).toEqual({ kind: 'phase', round: 1, phase: 'consolidation' });
    await cafe.phones[2]!.client.until((v) => v.plenary === null);
    // The console keeps it: the organiser may group ideas before the plenary.
    expect(cafe.organiser.view!.plenary).not.toBeNull();
  });
});
