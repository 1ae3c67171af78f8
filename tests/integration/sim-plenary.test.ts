/**
 * The rehearsal's simulated participants (`npm run demo`) in the plenary, on the real server: the
 * presenting host pages through its table's ideas, everyone places all their dots within the rules
 * and moves one, and everyone rates every shortlisted item, so the organiser sees the progress, the
 * ranking and the medians as in a real room. The organiser is driven through the test helpers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pacing, PlenaryPacing, SimParticipant } from '@/bench/sim/participant';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { startBots, waitFor } from '@/tests/helpers/bots';
import { control, ok, openSession } from '@/tests/helpers/cafe';
import { newCommandId, type TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const PEOPLE = 5;
const DOTS = 3;
const CAP = 2;
/** Quick, so that the test does not wait; the demo's pace is REHEARSAL_PLENARY_PACING. */
// The organiser writes the ideas here (the test is about the plenary): the host writes none of its own.
const pacing: Pacing = {
  noteEveryMs: 150,
  notesPerRound: 1,
  plusOneEveryMs: 150,
  ideaEveryMs: 150,
  ideasPerRound: 0,
  walkMs: { min: 50, max: 200 },
  lookEveryMs: 40,
};
const plenaryPacing: PlenaryPacing = { dotEveryMs: 120, moveShare: 1, rateEveryMs: 120, showIdeaEveryMs: 120 };

let server: TestServer;
let organiser: TestClient;
let tableIds: string[];
let participants: SimParticipant[] = [];
const ideas: string[] = [];
const workstreams = ['Safer cycling', 'A shared garden', 'Night buses'].map((name) => ({ id: newCommandId(), name }));

const stage = () => organiser.view?.live.stage;
const atStep = (step: string) => {
  const s = stage();
  return s?.kind === 'plenary' && s.step === step;
};
const next = async () => {
  const seq = await control(organiser, 'next');
  await organiser.until((v) => v.seq >= seq);
};

beforeAll(async () => {
  server = await startTestServer();
  const session = await openSession(server, {
    language: 'en',
    rounds: [{ question: 'What should we change first?', reflectionMs: 600_000, sharingMs: 600_000, consolidationMs: 600_000 }],
    tables: [
      { name: 'Table 1', colour: 'red' },
      { name: 'Table 2', colour: 'green' },
    ],
    plenary: { ...DEFAULT_PLENARY, dotsPerPerson: DOTS, maxDotsPerItem: CAP, ratedBy: 'everyone', voteOn: 'workstreams' },
  });
  organiser = session.organiser;
  tableIds = session.view.seating!.map((t) => t.id);
  participants = startBots({ url: server.url, joinCode: session.code, count: PEOPLE, tableOf: (i) => (i % 2) + 1, seed: 300, pacing, plenaryPacing });
}, 60_000);

afterAll(async () => {
  for (const p of participants) p.stop();
  organiser?.close();
  await server?.close();
});

describe('simulated participants in the plenary', () => {
  it('the presenting host pages through its table’s ideas, one after the other', async () => {
    await waitFor('everyone seated', () => organiser.view?.seating?.reduce((n, t) => n + t.seated, 0) === PEOPLE);
    const host = participants[0]!;
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[0]!, participantId: host.phone.participantId }));
    await control(organiser, 'start');
    await next(); // sharing
    await next(); // consolidation: the organiser writes table 1's ideas
    for (const text of ['Paint the cycle lanes', 'A bike shed at the station']) {
      const ideaId = newCommandId();
      await ok(organiser.request('idea:add', { commandId: newCommandId(), ideaId, text, sourceNoteIds: [], tableId: tableIds[0]! }));
      ideas.push(ideaId);
    }
    await next();
    expect(stage()).toMatchObject({ kind: 'plenary', step: 'restitution', table: 0 });
    await waitFor('the host showed both ideas', () => host.stats.ideasShown === 2);
    await organiser.until((v) => v.plenary?.restitution?.highlightedIdeaId === ideas[1]);
    // Nobody else presents: only the table's host may.
    expect(participants.slice(1).map((p) => p.stats.ideasShown)).toEqual([0, 0, 0, 0]);
  });

  it('everyone places all their dots within the cap, one at a time, and moves one', async () => {
    while (!atStep('workstreams')) await next();
    for (const { id, name } of workstreams) {
      await ok(organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: id, name, ideaIds: [] }));
    }
    await next();
    expect(atStep('vote')).toBe(true);
    await waitFor(
      'everyone has voted and moved a dot',
      () => organiser.view?.plenaryProgress?.voted === PEOPLE && participants.every((p) => p.stats.moves === 1),
    );
    for (const p of participants) {
      expect(p.stats.dots, p.name).toBe(DOTS);
      const mine = [...p.phone.myDots().values()];
      expect(
        mine.reduce((a, b) => a + b, 0),
        p.name,
      ).toBe(DOTS);
      expect(Math.max(...mine), p.name).toBeLessThanOrEqual(CAP);
    }
    const closed = await ok(organiser.request('vote:close', { commandId: newCommandId() }));
    expect(closed.status).toBe('closed');
    const view = await organiser.until((v) => v.plenary?.vote.ranking !== null);
    expect(view.plenary!.vote.ranking!.reduce((n, r) => n + r.dots, 0)).toBe(PEOPLE * DOTS);
  });

  it('everyone rates every shortlisted item; the medians come out once the step is over', async () => {
    await ok(organiser.request('shortlist:set', { commandId: newCommandId(), itemIds: workstreams.map((w) => w.id) }));
    await next();
    expect(atStep('assessment')).toBe(true);
    await waitFor('everyone rated every item', () => organiser.view?.plenaryProgress?.rated === PEOPLE);
    expect(participants.map((p) => p.stats.ratings)).toEqual(participants.map(() => workstreams.length));
    await next();
    expect(atStep('actions')).toBe(true);
    const { matrix } = (await organiser.until((v) => v.plenary?.matrix.revealed === true)).plenary!;
    expect(matrix.items.map((i) => i.itemId)).toEqual(workstreams.map((w) => w.id));
    for (const item of matrix.items) {
      expect(item.gain).toMatchObject({ count: PEOPLE });
      expect(item.effort).toMatchObject({ count: PEOPLE });
      expect(item.placed).not.toBeNull();
    }
    expect(participants.flatMap((p) => Object.keys(p.stats.refusals))).toEqual([]);
  });
});
