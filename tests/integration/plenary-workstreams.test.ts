/**
 * Workstreams with real clients: the suggested grouping computed on the server (at once for a small
 * café, in its own thread for a large one) and accepted; create, rename, place, "the same idea",
 * split, merge, reorder, delete; the projector sees them form, phones get only the names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestGroups } from '@/lib/domain/grouping/suggest-groups';
import { IDEAS_EN } from '@/lib/domain/grouping/fixtures/ideas-en';
import { IDEAS_FR } from '@/lib/domain/grouping/fixtures/ideas-fr';
import { GROUP_INLINE_MAX_IDEAS } from '@/lib/realtime/server/plenary-grouping';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';
import { atStep, moveTo, openPlenaryCafe, receivedOf, type PlenaryCafe } from './plenary-cafe';

let server: TestServer;
let cafe: PlenaryCafe;
const TEXTS = [...IDEAS_EN, ...IDEAS_FR].map((idea) => idea.text);

beforeAll(async () => {
  server = await startTestServer();
  // 3 tables × 2 rounds × 2 ideas, from a labelled set: a town's greener future.
  cafe = await openPlenaryCafe(server, { tables: 3, phones: 3, ideasPerTable: 2, ideaText: (t, r, i) => IDEAS_EN[r * 21 + t * 7 + i]!.text });
  await moveTo(cafe, atStep('workstreams'));
});

afterAll(async () => {
  cafe?.close();
  await server?.close();
});

const board = () => cafe.organiser.view!.plenary!.board!;
const workstreamOf = (ideaId: string) => board().ideas.find((i) => i.id === ideaId)!.workstreamId;

describe('the suggested grouping', () => {
  it('is computed on the server from the ideas’ text, as the grouping rules give it', async () => {
    const ack = await ok(cafe.organiser.request('plenary:suggest', {}));
    const ideas = board().ideas.map(({ id, text }) => ({ id, text }));
    expect(ack.suggestion).toEqual(suggestGroups(ideas, { language: 'fr' }));
    expect(ack.suggestion.groups.length).toBeGreaterThan(0);
  });

  it('is accepted whole or one group at a time, each group a new workstream with its ideas', async () => {
    const { suggestion } = await ok(cafe.organiser.request('plenary:suggest', {}));
    const [first, ...others] = suggestion.groups;
    const firstId = newCommandId();
    await ok(
      cafe.organiser.request('suggestion:accept', {
        commandId: newCommandId(),
        groups: [{ workstreamId: firstId, name: first!.name, ideaIds: first!.ideaIds }],
      }),
    );
    await cafe.organiser.until((v) => v.plenary!.board!.workstreams.some((w) => w.id === firstId));
    for (const ideaId of first!.ideaIds) expect(workstreamOf(ideaId)).toBe(firstId);
    // What is left to group: the ideas in no workstream yet.
    const rest = await ok(cafe.organiser.request('plenary:suggest', { unplacedOnly: true }));
    expect(rest.suggestion.groups.flatMap((g) => g.ideaIds)).not.toContain(first!.ideaIds[0]);
    if (others.length > 0) {
      const groups = others.map((g) => ({ workstreamId: newCommandId(), name: g.name, ideaIds: g.ideaIds }));
      await ok(cafe.organiser.request('suggestion:accept', { commandId: newCommandId(), groups }));
      await cafe.screen.until((v) => v.plenary!.board!.workstreams.length === 1 + groups.length);
    }
  });

  it('groups a large café in its own thread, with the same result', async () => {
    const big = await openPlenaryCafe(server, { tables: 3, phones: 0, ideasPerTable: 16, ideaText: (t, r, i) => TEXTS[(r * 48 + t * 16 + i) % TEXTS.length]! });
    try {
      const written = await big.organiser.until((v) => v.plenary?.board?.ideas.length === 3 * 2 * 16);
      const ideas = written.plenary!.board!.ideas.map(({ id, text }) => ({ id, text }));
      expect(ideas.length).toBeGreaterThan(GROUP_INLINE_MAX_IDEAS);
      const ack = await ok(big.organiser.request('plenary:suggest', {}));
      expect(ack.suggestion).toEqual(suggestGroups(ideas, { language: 'fr' }));
    } finally {
      big.close();
    }
  });

  it('is the organiser’s alone', async () => {
    for (const client of [cafe.screen, cafe.phones[0]!.client, cafe.hosts[0]!.client]) {
      expect(await client.request('plenary:suggest', {})).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });
});

describe('shaping workstreams by hand', () => {
  const W = { mobility: newCommandId(), food: newCommandId(), split: newCommandId() };

  it('creates, renames and places; refuses what is not right, changing nothing', async () => {
    await ok(cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: W.mobility, name: 'Mobilty' }));
    await ok(cafe.organiser.request('workstream:rename', { commandId: newCommandId(), workstreamId: W.mobility, name: '  Mobility  ' }));
    await ok(cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: W.food, name: 'Food' }));
    expect(await cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: W.food, name: 'Again' })).toMatchObject({
      ok: false,
      code: 'duplicate-id',
    });
    expect(await cafe.organiser.request('workstream:rename', { commandId: newCommandId(), workstreamId: 'nope-nope', name: 'X' })).toMatchObject({
      ok: false,
      code: 'unknown-workstream',
    });
    expect(await cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: newCommandId(), name: '   ' })).toMatchObject({
      ok: false,
      code: 'invalid-payload',
    });
    const [a, b, c] = cafe.ideas[0]!;
    await ok(cafe.organiser.request('workstream:place', { commandId: newCommandId(), ideaIds: [a!, b!, c!], workstreamId: W.mobility }));
    expect(await cafe.organiser.request('workstream:place', { commandId: newCommandId(), ideaIds: ['ghost-idea'], workstreamId: W.food })).toMatchObject({
      ok: false,
      code: 'unknown-idea',
    });
    const view = await cafe.screen.until((v) => v.plenary!.board!.ideas.filter((i) => i.workstreamId === W.mobility).length === 3);
    expect(view.plenary!.board!.workstreams.find((w) => w.id === W.mobility)!.name).toBe('Mobility');
  });

  it('marks ideas of two tables as the same: one item that moves whole, and can be taken apart', async () => {
    const [root] = cafe.ideas[0]!;
    const [other] = cafe.ideas[1]!;
    await ok(cafe.organiser.request('same-idea:mark', { commandId: newCommandId(), ideaId: other!, sameAsId: root! }));
    await cafe.organiser.until((v) => v.plenary!.board!.ideas.find((i) => i.id === other)!.sameAsId === root);
    expect(workstreamOf(other!)).toBe(W.mobility);
    await ok(cafe.organiser.request('workstream:place', { commandId: newCommandId(), ideaIds: [other!], workstreamId: W.food }));
    await cafe.organiser.until(() => workstreamOf(root!) === W.food && workstreamOf(other!) === W.food);
    expect(await cafe.organiser.request('same-idea:mark', { commandId: newCommandId(), ideaId: root!, sameAsId: root! })).toMatchObject({
      ok: false,
      code: 'same-idea',
    });
    await ok(cafe.organiser.request('same-idea:unmark', { commandId: newCommandId(), ideaId: other! }));
    await cafe.organiser.until((v) => v.plenary!.board!.ideas.find((i) => i.id === other)!.sameAsId === null);
    expect(workstreamOf(other!)).toBe(W.food);
  });

  it('splits, reorders, merges and deletes', async () => {
    const [, b, c] = cafe.ideas[0]!;
    await ok(
      cafe.organiser.request('workstream:split', {
        commandId: newCommandId(),
        workstreamId: W.mobility,
        ideaIds: [c!],
        newWorkstreamId: W.split,
        name: 'Cycling',
      }),
    );
    await cafe.organiser.until(() => workstreamOf(c!) === W.split);
    expect(
      await cafe.organiser.request('workstream:split', {
        commandId: newCommandId(),
        workstreamId: W.food,
        ideaIds: [b!],
        newWorkstreamId: newCommandId(),
        name: 'X',
      }),
    ).toMatchObject({
      ok: false,
      code: 'not-in-workstream',
    });
    const order = board().workstreams.map((w) => w.id);
    const reversed = [...order].reverse();
    await ok(cafe.organiser.request('workstream:reorder', { commandId: newCommandId(), workstreamIds: reversed }));
    await cafe.organiser.until((v) => v.plenary!.board!.workstreams[0]!.id === reversed[0]);
    expect(await cafe.organiser.request('workstream:reorder', { commandId: newCommandId(), workstreamIds: reversed.slice(1) })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    await ok(cafe.organiser.request('workstream:merge', { commandId: newCommandId(), workstreamIds: [W.split], intoId: W.mobility }));
    await cafe.organiser.until(() => workstreamOf(c!) === W.mobility && !board().workstreams.some((w) => w.id === W.split));
    await ok(cafe.organiser.request('workstream:delete', { commandId: newCommandId(), workstreamId: W.food }));
    await cafe.screen.until((v) => !v.plenary!.board!.workstreams.some((w) => w.id === W.food));
    expect(await cafe.organiser.request('workstream:delete', { commandId: newCommandId(), workstreamId: W.food })).toMatchObject({
      ok: false,
      code: 'unknown-workstream',
    });
  });

  it('is the organiser’s alone', async () => {
    for (const client of [cafe.screen, cafe.phones[0]!.client, cafe.hosts[0]!.client]) {
      expect(await client.request('workstream:create', { commandId: newCommandId(), workstreamId: newCommandId(), name: 'Mine' })).toMatchObject({
        ok: false,
        code: 'forbidden',
      });
    }
  });

  it('gives phones the workstreams’ names, and sends them nothing when only ideas move', async () => {
    const phone = cafe.phones[0]!.client;
    const names = board()
      .workstreams.slice()
      .sort((a, b) => a.position - b.position)
      .map((w) => w.name);
    const view = await phone.until((v) => JSON.stringify(v.plenary?.items.map((i) => i.label)) === JSON.stringify(names));
    expect(view.plenary!.board).toBeNull();
    const before = phone.received.length;
    const [a] = cafe.ideas[2]!;
    await ok(cafe.organiser.request('workstream:place', { commandId: newCommandId(), ideaIds: [a!], workstreamId: W.mobility }));
    // The projector got the placement: the phones' view was built in the same flush, and was the same.
    await cafe.screen.until(() => workstreamOf(a!) === W.mobility);
    await ok(cafe.organiser.request('workstream:rename', { commandId: newCommandId(), workstreamId: W.mobility, name: 'Getting around' }));
    await phone.until((v) => v.plenary!.items.some((i) => i.label === 'Getting around'));
    expect(receivedOf(phone, before).filter((m) => m.event === 'plenary:view')).toHaveLength(1);
  });
});
