/**
 * A plenary that votes on ideas, where the organiser rates gain and effort and fills in the action
 * plan, with real clients: ideas marked the same give their dots back; the organiser's ratings show
 * on the matrix as they go; actions keep stable codes; phones see the plan once the café is closed,
 * after which nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';
import { atStep, moveTo, openPlenaryCafe, type PlenaryCafe } from './plenary-cafe';

let server: TestServer;
let cafe: PlenaryCafe;
let x: string, y: string, z: string;

beforeAll(async () => {
  server = await startTestServer();
  cafe = await openPlenaryCafe(server, {
    tables: 2,
    phones: 3,
    ideasPerTable: 1,
    plenary: { steps: ['vote', 'assessment', 'actions'], voteOn: 'ideas', ratedBy: 'organiser', dotsPerPerson: 3, maxDotsPerItem: 2 },
  });
  [x, y] = cafe.ideas[0] as [string, string];
  [z] = cafe.ideas[1] as [string];
  await moveTo(cafe, atStep('vote'));
});

afterAll(async () => {
  cafe?.close();
  await server?.close();
});

describe('a vote on ideas', () => {
  it('lists each idea as an item, with its table and round', async () => {
    const view = await cafe.phones[0]!.client.until((v) => v.plenary?.vote.status === 'open');
    expect(view.plenary!.items.map((i) => [i.kind, i.table, i.round])).toEqual([
      ['idea', 1, 0],
      ['idea', 2, 0],
      ['idea', 1, 1],
      ['idea', 2, 1],
    ]);
    expect(view.plenary!.vote.fullDots).toBe(3);
  });

  it('gives the dots back when their idea is marked the same as another: it is no longer an item of its own', async () => {
    const phone = cafe.phones[0]!.client;
    await ok(phone.request('vote:set', { commandId: newCommandId(), itemId: z, dots: 2 }));
    await ok(phone.request('vote:set', { commandId: newCommandId(), itemId: x, dots: 1 }));
    await ok(cafe.organiser.request('same-idea:mark', { commandId: newCommandId(), ideaId: z, sameAsId: x }));
    const view = await phone.until((v) => v.myPlenary?.dots[z] === undefined);
    expect(view.myPlenary!.dots).toEqual({ [x]: 1 });
    await phone.until((v) => v.plenary?.items.length === 3);
    expect(await phone.request('vote:set', { commandId: newCommandId(), itemId: z, dots: 1 })).toMatchObject({ ok: false, code: 'unknown-item' });
    // The two dots can go elsewhere.
    await ok(phone.request('vote:set', { commandId: newCommandId(), itemId: y, dots: 2 }));
  });
});

describe('the organiser rates', () => {
  it('shows the organiser’s ratings on the matrix as they go, and refuses the phones', async () => {
    await ok(cafe.organiser.request('vote:close', { commandId: newCommandId() }));
    await ok(cafe.organiser.request('shortlist:set', { commandId: newCommandId(), itemIds: [x, y] }));
    expect(await cafe.organiser.request('shortlist:set', { commandId: newCommandId(), itemIds: [x, x] })).toMatchObject({ ok: false, code: 'duplicate-item' });
    await ok(cafe.organiser.request('organiser-rating:set', { commandId: newCommandId(), itemId: x, rating: { gain: 4, effort: 1 } }));
    const view = await cafe.screen.until((v) => v.plenary?.matrix.items.find((i) => i.itemId === x)?.placed?.quadrant === 'quick-win');
    expect(view.plenary!.matrix.revealed).toBe(true);
    expect(view.plenary!.matrix.items.find((i) => i.itemId === x)).toMatchObject({ gain: { median: 4, count: 1 }, placed: { quadrant: 'quick-win' } });
    await moveTo(cafe, atStep('assessment'));
    expect(await cafe.phones[1]!.client.request('rating:set', { commandId: newCommandId(), itemId: x, rating: { gain: 1, effort: 1 } })).toMatchObject({
      ok: false,
      code: 'not-a-rater',
    });
  });
});

describe('the action plan', () => {
  const upsert = (fields: Record<string, unknown> & { itemId: string }) => cafe.organiser.request('action:upsert', { commandId: newCommandId(), ...fields });

  it('gives each action a stable code, keeps what an edit leaves out, and checks dates and horizons', async () => {
    await moveTo(cafe, atStep('actions'));
    expect(await ok(upsert({ itemId: x, owner: 'Town hall', horizon: 'short', objective: '3 shelters by June' }))).toMatchObject({ code: 'A-01' });
    expect(await ok(upsert({ itemId: y, owner: 'Parents’ association' }))).toMatchObject({ code: 'A-02' });
    expect(await ok(upsert({ itemId: x, status: 'agreed' }))).toMatchObject({ code: 'A-01' });
    expect(await upsert({ itemId: y, deadline: '2027-02-30' })).toMatchObject({ ok: false, code: 'bad-deadline' });
    expect(await upsert({ itemId: x, deadline: '2027-06-30' })).toMatchObject({ ok: false, code: 'deadline-and-horizon' });
    await ok(upsert({ itemId: x, deadline: '2027-06-30', horizon: null }));
    expect(await upsert({ itemId: y, status: 'maybe' })).toMatchObject({ ok: false, code: 'bad-status' });
    expect(await upsert({ itemId: 'not-an-item' })).toMatchObject({ ok: false, code: 'unknown-item' });
    const view = await cafe.screen.until((v) => v.plenary?.actions?.[0]?.deadline === '2027-06-30');
    expect(view.plenary!.actions).toEqual([
      { itemId: x, code: 'A-01', owner: 'Town hall', deadline: '2027-06-30', horizon: null, objective: '3 shelters by June', status: 'agreed', position: 0 },
      { itemId: y, code: 'A-02', owner: 'Parents’ association', deadline: null, horizon: null, objective: '', status: 'proposed', position: 1 },
    ]);
  });

  it('never hands a code out twice, and reorders the roadmap as a whole list', async () => {
    await ok(cafe.organiser.request('action:delete', { commandId: newCommandId(), itemId: y }));
    expect(await ok(upsert({ itemId: y }))).toMatchObject({ code: 'A-03' });
    await ok(cafe.organiser.request('action:reorder', { commandId: newCommandId(), codes: ['A-03', 'A-01'] }));
    expect(await cafe.organiser.request('action:reorder', { commandId: newCommandId(), codes: ['A-03'] })).toMatchObject({ ok: false, code: 'conflict' });
    const view = await cafe.organiser.until((v) => v.plenary?.actions?.[0]?.code === 'A-03');
    expect(view.plenary!.actions!.map((a) => a.code)).toEqual(['A-03', 'A-01']);
  });

  it('reaches the phones once the café is closed, and nothing changes after', async () => {
    expect(cafe.phones[2]!.client.view!.plenary!.actions).toBeNull();
    await control(cafe.organiser, 'next');
    const view = await cafe.phones[2]!.client.until((v) => v.live.stage.kind === 'closed' && v.plenary?.actions !== null);
    expect(view.plenary!.actions!.map((a) => a.code)).toEqual(['A-03', 'A-01']);
    expect(view.plenary!.board).toBeNull();
    expect(await upsert({ itemId: x, owner: 'Someone else' })).toMatchObject({ ok: false, code: 'session-closed' });
    expect(await cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: newCommandId(), name: 'Late' })).toMatchObject({
      ok: false,
      code: 'session-closed',
    });
  });
});
