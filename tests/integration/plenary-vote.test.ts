/**
 * The silent dot vote and effort × gain with real phones: 30 phones place, move and take back dots
 * (some try to exceed the cap or their budget and are refused); nothing on the wire reveals the
 * tally before the close; the progress reaches the projector coalesced, and every phone coalesced
 * too (the phones' room 4 sockets per turn, as 2,000 phones are sent 200 per turn); the close reveals
 * the ranking with its ties; ratings from phones give the expected medians, hidden until the step is over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId, type TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';
import { atStep, moveTo, openPlenaryCafe, receivedOf, type PlenaryCafe } from './plenary-cafe';

const PHONES = 30;
const TABLES = 3;
let server: TestServer;
let cafe: PlenaryCafe;
/** Workstream ids by name. */
const W: Record<'A' | 'B' | 'C' | 'D', string> = { A: newCommandId(), B: newCommandId(), C: newCommandId(), D: newCommandId() };
/** Where each client's received messages stood when the vote opened and when it closed. */
const marks = new Map<TestClient, { opened: number; closed: number }>();

beforeAll(async () => {
  // The phones' room (33 phones) gets the progress in 9 slices.
  server = await startTestServer({ socketsPerSlice: 4 });
  cafe = await openPlenaryCafe(server, {
    tables: TABLES,
    phones: PHONES,
    ideasPerTable: 2,
    plenary: { steps: ['workstreams', 'vote', 'assessment', 'actions'], dotsPerPerson: 5, maxDotsPerItem: 2, shortlistSize: 2, voteOn: 'workstreams' },
  });
  await moveTo(cafe, atStep('workstreams'));
  const ideas = cafe.ideas.flat();
  for (const [i, name] of (['A', 'B', 'C', 'D'] as const).entries()) {
    await ok(
      cafe.organiser.request('workstream:create', {
        commandId: newCommandId(),
        workstreamId: W[name],
        name: `Workstream ${name}`,
        ideaIds: ideas.slice(i * 3, i * 3 + 3),
      }),
    );
  }
});

afterAll(async () => {
  cafe?.close();
  await server?.close();
});

const phone = (i: number) => cafe.phones[i]!.client;
const set = (client: TestClient, itemId: string, dots: number) => client.request('vote:set', { commandId: newCommandId(), itemId, dots });
const move = (client: TestClient, fromId: string, toId: string) => client.request('vote:move', { commandId: newCommandId(), fromId, toId });

describe('the silent dot vote', () => {
  it('is not open before its step: a phone cannot place a dot', async () => {
    expect(await set(phone(0), W.A, 1)).toMatchObject({ ok: false, code: 'vote-not-open' });
  });

  it('opens when the vote step comes, for everyone', async () => {
    await moveTo(cafe, atStep('vote'));
    const views = await Promise.all(cafe.everyone().map((c) => c.until((v) => v.plenary?.vote.status === 'open')));
    for (const view of views) {
      expect(view.plenary!.items.map((i) => i.label)).toEqual(['Workstream A', 'Workstream B', 'Workstream C', 'Workstream D']);
      expect(view.plenary!.vote).toEqual({ status: 'open', fullDots: 5, ranking: null, suggestedShortlist: null });
    }
    for (const client of cafe.everyone()) marks.set(client, { opened: client.received.length, closed: Infinity });
  });

  it('takes 30 phones’ dots — moves, take-backs and refusals included — and counts who has voted', async () => {
    const started = Date.now();
    await Promise.all(
      cafe.phones.map(async (_, i) => {
        const client = phone(i);
        if (i < 10) {
          // A2 B2 C1, one dot taken back and placed again.
          for (const [item, dots] of [
            [W.A, 2],
            [W.B, 2],
            [W.C, 1],
            [W.C, 0],
            [W.C, 1],
          ] as const)
            await ok(set(client, item, dots));
        } else if (i < 20) {
          // Placed on A first, then moved: B2 C2 D1.
          for (const [item, dots] of [
            [W.A, 2],
            [W.B, 2],
            [W.D, 1],
          ] as const)
            await ok(set(client, item, dots));
          await ok(move(client, W.A, W.C));
          const last = await ok(move(client, W.A, W.C));
          expect(last.dots).toEqual({ [W.B]: 2, [W.C]: 2, [W.D]: 1 });
          expect(await move(client, W.A, W.B)).toMatchObject({ ok: false, code: 'no-dot-to-move' });
        } else if (i < 28) {
          // A2 D2 C1, after trying to go over the cap and over the budget.
          await ok(set(client, W.A, 2));
          expect(await set(client, W.A, 3)).toMatchObject({ ok: false, code: 'over-item-cap' });
          await ok(set(client, W.D, 2));
          await ok(set(client, W.C, 1));
          expect(await set(client, W.B, 1)).toMatchObject({ ok: false, code: 'over-budget' });
          expect(await move(client, W.C, W.A)).toMatchObject({ ok: false, code: 'over-item-cap' });
          expect(await set(client, W.B, 1.5)).toMatchObject({ ok: false, code: 'bad-dots' });
        } else {
          // Two dots only (D1 A1), sent whole: not "voted".
          await ok(client.request('vote:replace', { commandId: newCommandId(), dots: { [W.D]: 1, [W.A]: 1 } }));
        }
      }),
    );
    const progress = await cafe.screen.until((v) => v.plenaryProgress?.voted === 28);
    expect(progress.plenaryProgress).toEqual({ of: PHONES + TABLES, voted: 28, rated: 0 });
    // Coalesced: a few messages per second at most (and the last one), however many dots were placed.
    const elapsed = Date.now() - started;
    const toScreen = receivedOf(cafe.screen, marks.get(cafe.screen)!.opened).filter((m) => m.event === 'plenary:progress').length;
    expect(toScreen).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 2);
    // Every phone, hosts included, each at most once a second (and the last one).
    const phones = [...cafe.phones, ...cafe.hosts].map((p) => p.client);
    await Promise.all(phones.map((client) => client.until((v) => v.plenaryProgress?.voted === 28)));
    const perSecond = Math.ceil((Date.now() - started) / 1000) + 2;
    for (const client of phones) {
      expect(receivedOf(client, marks.get(client)!.opened).filter((m) => m.event === 'plenary:progress').length).toBeLessThanOrEqual(perSecond);
    }
  });

  it('tells each phone its own dots, and only them', async () => {
    const expected = (i: number) =>
      i < 10
        ? { [W.A]: 2, [W.B]: 2, [W.C]: 1 }
        : i < 20
          ? { [W.B]: 2, [W.C]: 2, [W.D]: 1 }
          : i < 28
            ? { [W.A]: 2, [W.D]: 2, [W.C]: 1 }
            : { [W.D]: 1, [W.A]: 1 };
    const sorted = (dots: Record<string, number> | undefined) => JSON.stringify(Object.entries(dots ?? {}).sort());
    await Promise.all(cafe.phones.map((p, i) => p.client.until((v) => sorted(v.myPlenary?.dots) === sorted(expected(i)))));
    // A second look from a fresh snapshot agrees.
    const synced = await ok(phone(12).request('session:sync', {}));
    expect(synced.snapshot.myPlenary?.dots).toEqual(expected(12));
  });

  it('lets nobody vote for someone else', async () => {
    expect(await cafe.organiser.request('vote:set', { commandId: newCommandId(), itemId: W.A, dots: 1 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await cafe.screen.request('vote:set', { commandId: newCommandId(), itemId: W.A, dots: 1 })).toMatchObject({ ok: false, code: 'forbidden' });
    const naming = { commandId: newCommandId(), itemId: W.A, dots: 1, participantId: cafe.phones[1]!.id };
    // A payload naming another participant is not part of the contract (strict objects).
    expect(await phone(28).request('vote:set', naming)).toMatchObject({ ok: false, code: 'invalid-payload' });
  });

  it('sends no tally to anyone before the close: only the progress', async () => {
    for (const client of cafe.everyone()) {
      const isPhone = client !== cafe.organiser && client !== cafe.screen;
      for (const { event, args } of receivedOf(client)) {
        const raw = JSON.stringify(args);
        expect(raw, `${event} says how many people voted for an item`).not.toContain('"voters"');
        if (event === 'plenary:view' || event === 'session:snapshot') {
          const plenary = (args[0] as { plenary?: { vote: unknown } | null }).plenary;
          if (plenary) expect(plenary.vote).toMatchObject({ ranking: null, suggestedShortlist: null });
        }
        // Dots travel only to their owner: a phone's own allocation (and, in its snapshot, nothing else).
        if (!isPhone) expect(raw, `${event} carries dots`).not.toContain('"dots"');
        else if (raw.includes('"dots"')) expect(['plenary:mine', 'session:snapshot']).toContain(event);
      }
    }
  });

  it('closes on the organiser’s word and reveals the ranking, ties as ties, to everyone', async () => {
    const closed = await ok(cafe.organiser.request('vote:close', { commandId: newCommandId() }));
    expect(closed.status).toBe('closed');
    const views = await Promise.all(cafe.everyone().map((c) => c.until((v) => v.plenary?.vote.status === 'closed')));
    for (const view of views) {
      expect(view.plenary!.vote.ranking).toEqual([
        { itemId: W.B, dots: 40, voters: 20, rank: 1, tied: false },
        { itemId: W.A, dots: 38, voters: 20, rank: 2, tied: true },
        { itemId: W.C, dots: 38, voters: 28, rank: 2, tied: true },
        { itemId: W.D, dots: 28, voters: 20, rank: 4, tied: false },
      ]);
      // The two tied at the cut of 2 are both kept: the organiser trims.
      expect(view.plenary!.vote.suggestedShortlist).toEqual([W.B, W.A, W.C]);
    }
    expect(await set(phone(28), W.B, 1)).toMatchObject({ ok: false, code: 'vote-not-open' });
  });

  it('hides the ranking again while a reopened vote runs, keeping everyone’s dots', async () => {
    await ok(cafe.organiser.request('vote:open', { commandId: newCommandId() }));
    await cafe.screen.until((v) => v.plenary?.vote.status === 'open' && v.plenary.vote.ranking === null);
    expect(await cafe.organiser.request('vote:open', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'vote-already-open' });
    await ok(cafe.organiser.request('vote:close', { commandId: newCommandId() }));
    const view = await cafe.screen.until((v) => v.plenary?.vote.status === 'closed');
    expect(view.plenary!.vote.ranking!.map((r) => r.dots)).toEqual([40, 38, 38, 28]);
  });
});

describe('effort × gain, rated on the phones', () => {
  const rate = (client: TestClient, itemId: string, gain: number, effort: number) =>
    client.request('rating:set', { commandId: newCommandId(), itemId, rating: { gain, effort } });

  it('shortlists the closed vote’s top items, ties kept', async () => {
    const shortlisted = await ok(cafe.organiser.request('shortlist:from-vote', { commandId: newCommandId() }));
    expect(shortlisted.itemIds).toEqual([W.B, W.A, W.C]);
    await cafe.screen.until((v) => v.plenary?.shortlist.length === 3);
  });

  it('refuses a rating outside the assessment step', async () => {
    expect(await rate(phone(0), W.B, 4, 2)).toMatchObject({ ok: false, code: 'wrong-step' });
  });

  it('takes each phone’s own ratings during the step, shows nobody the figures until it is over, then gives the medians', async () => {
    await moveTo(cafe, atStep('assessment'));
    // Eleven raters: gains 1 2 3 4 5 1 2 3 4 5 1 on B (median 3), the same 2/4 and 5/5 on A and C.
    await Promise.all(
      Array.from({ length: 11 }, async (_, i) => {
        const client = phone(i);
        await ok(rate(client, W.B, (i % 5) + 1, 2));
        await ok(rate(client, W.A, 2, 4));
        const last = await ok(rate(client, W.C, 5, 5));
        expect(last.ratings[W.C]).toEqual({ gain: 5, effort: 5 });
      }),
    );
    expect(await rate(phone(11), W.D, 3, 3)).toMatchObject({ ok: false, code: 'not-shortlisted' });
    expect(await rate(phone(11), W.B, 6, 3)).toMatchObject({ ok: false, code: 'bad-rating' });
    expect(await cafe.organiser.request('organiser-rating:set', { commandId: newCommandId(), itemId: W.B, rating: { gain: 5, effort: 1 } })).toMatchObject({
      ok: false,
      code: 'not-a-rater',
    });
    const during = await cafe.screen.until((v) => v.plenaryProgress?.rated === 11);
    expect(during.plenary!.matrix.revealed).toBe(false);
    for (const client of cafe.everyone()) {
      const view = client.view!;
      expect(view.plenary!.matrix.items.every((item) => item.gain === null && item.effort === null && item.placed === null)).toBe(true);
      expect(receivedOf(client).some(({ args }) => JSON.stringify(args).includes('"median"'))).toBe(false);
    }
    await moveTo(cafe, atStep('actions'));
    const after = await Promise.all(cafe.everyone().map((c) => c.until((v) => v.plenary?.matrix.revealed === true)));
    for (const view of after) {
      const byItem = new Map(view.plenary!.matrix.items.map((item) => [item.itemId, item]));
      expect(byItem.get(W.B)).toMatchObject({ gain: { median: 3, count: 11 }, effort: { median: 2 }, placed: { quadrant: 'quick-win', overridden: false } });
      expect(byItem.get(W.A)).toMatchObject({ gain: { median: 2 }, effort: { median: 4 }, placed: { quadrant: 'not-now', overridden: false } });
      expect(byItem.get(W.C)).toMatchObject({ gain: { median: 5 }, effort: { median: 5 }, placed: { quadrant: 'must-have', overridden: false } });
      // Gains 1 1 1 2 2 3 3 4 4 5 5: the middle half from 1.5 to 4, worth a discussion.
      expect(byItem.get(W.B)!.gainSpread).toEqual({ iqr: 2.5, range: 4, divided: true });
    }
    expect(await rate(phone(0), W.B, 1, 1)).toMatchObject({ ok: false, code: 'wrong-step' });
  });

  it('keeps the organiser’s quadrant override, marked as such', async () => {
    await ok(cafe.organiser.request('quadrant:override', { commandId: newCommandId(), itemId: W.A, quadrant: 'nice-to-have' }));
    const view = await cafe.screen.until((v) => v.plenary?.matrix.items.some((i) => i.itemId === W.A && i.placed?.overridden === true) === true);
    expect(view.plenary!.matrix.items.find((i) => i.itemId === W.A)!.placed).toEqual({ quadrant: 'nice-to-have', overridden: true });
    expect(await cafe.organiser.request('quadrant:override', { commandId: newCommandId(), itemId: W.A, quadrant: 'later' })).toMatchObject({
      ok: false,
      code: 'bad-quadrant',
    });
  });
});
