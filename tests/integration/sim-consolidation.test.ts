/**
 * The rehearsal's simulated host (`npm run demo`) on the real server: it sits by its table's host
 * link and, during the consolidation, turns the table's shared notes into ideas with their lineage,
 * so that a rehearsal reaches the plenary with something to present and vote on. The others +1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pacing, SimParticipant } from '@/bench/sim/participant';
import { startBots, waitFor } from '@/tests/helpers/bots';
import { control, hostKeyOf, openSession } from '@/tests/helpers/cafe';
import type { TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const PEOPLE = 4;
const IDEAS = 2;
/** Quick, so that the test does not wait; the demo's pace is REHEARSAL_PACING. */
const pacing: Pacing = {
  noteEveryMs: 100,
  notesPerRound: 2,
  plusOneEveryMs: 100,
  ideaEveryMs: 100,
  ideasPerRound: IDEAS,
  walkMs: { min: 50, max: 200 },
  lookEveryMs: 40,
};

let server: TestServer;
let organiser: TestClient;
let participants: SimParticipant[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const session = await openSession(server, {
    language: 'en',
    rounds: [{ question: 'What should we change first?', reflectionMs: 600_000, sharingMs: 600_000, consolidationMs: 600_000 }],
    tables: [{ name: 'Table 1', colour: 'red' }],
  });
  organiser = session.organiser;
  const tableId = session.view.seating![0]!.id;
  const hostKey = hostKeyOf(session.view.hostLinks![tableId]!);
  participants = startBots({
    url: server.url,
    joinCode: session.code,
    count: PEOPLE,
    tableOf: () => 1,
    hostKeyOf: (i) => (i === 0 ? hostKey : undefined),
    seed: 500,
    pacing,
  });
}, 60_000);

afterAll(async () => {
  for (const p of participants) p.stop();
  organiser?.close();
  await server?.close();
});

describe('a simulated host', () => {
  it('sits by the host link and turns the shared notes into ideas with their lineage during the consolidation', async () => {
    const [host, ...others] = participants;
    await waitFor('everyone seated', () => organiser.view?.seating?.[0]?.seated === PEOPLE);
    expect(organiser.view!.seating![0]!.hostId).toBe(host!.phone.participantId);
    await control(organiser, 'start');
    await waitFor('two notes each', () => participants.every((p) => p.stats.notes === 2));
    await control(organiser, 'next'); // sharing: nobody writes an idea yet
    await waitFor('+1s on the shared notes', () => others.every((p) => p.stats.plusOnes > 0));
    expect(host!.stats.ideas).toBe(0);
    await control(organiser, 'next'); // consolidation

    await waitFor('the host wrote its ideas', () => host!.stats.ideas === IDEAS);
    const table = await host!.phone.freshSnapshot().then((s) => s?.table);
    const notes = new Map(table!.notes.map((n) => [n.id, n.text]));
    expect(table!.ideas).toHaveLength(IDEAS);
    for (const idea of table!.ideas) {
      // Worded as its first note; every source is a note shared at this table, none used twice.
      expect(idea.text).toBe(notes.get(idea.sourceNoteIds[0]!));
      expect(idea.sourceNoteIds.every((id) => notes.has(id))).toBe(true);
    }
    const sources = table!.ideas.flatMap((i) => i.sourceNoteIds);
    expect(new Set(sources).size).toBe(sources.length);
    // No more than its share per round, and only the host writes ideas.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(host!.stats.ideas).toBe(IDEAS);
    expect(others.map((p) => p.stats.ideas)).toEqual([0, 0, 0]);
    expect(participants.flatMap((p) => Object.keys(p.stats.refusals))).toEqual([]);
  });
});
