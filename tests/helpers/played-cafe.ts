/**
 * A whole café played by real Socket.io clients against a running server: a room of hosts and
 * movers, every round's notes, +1s and consolidated ideas, the rotations between rounds, then the
 * plenary's records written through the db/queries/plenary-* writes (the live plenary commands are
 * not there yet), and the session moved on to its close. Returns what was played, to check the files
 * against.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ideas, notes } from '@/db/schema';
import { saveAction } from '@/db/queries/plenary-actions';
import { replaceShortlist, setQuadrantOverride, setRating } from '@/db/queries/plenary-assessment';
import { setVoteStatus } from '@/db/queries/plenary-state';
import { setVoteDots } from '@/db/queries/plenary-votes';
import { savePlacements, saveWorkstreams } from '@/db/queries/plenary-workstreams';
import { DEFAULT_PLENARY, type Quadrant, type VoteTarget } from '@/lib/domain/plenary/plenary-types';
import type { Language } from '@/lib/i18n/locales';
import type { Snapshot } from '@/lib/realtime/contract';
import { control, ok } from './cafe';
import { openRoom, rotate, type Room } from './room';
import { newCommandId, type TestClient } from './test-client';
import type { TestServer } from './test-server';

export type CafeOptions = {
  title: string;
  language: Language;
  anonymous: boolean;
  voteOn: VoteTarget;
  tables: number;
  movers: number;
  rounds: number;
  /** Everyone's name: hosts first, then movers (distinctive, so that a test can look for them in files). */
  names: (kind: 'host' | 'mover', n: number) => string;
};

/** What an item of the plenary should show: its dots, its medians and its category. */
export type ExpectedItem = { itemId: string; dots: number; gain: number | null; effort: number | null; quadrant: Quadrant | null; overridden: boolean };

export type PlayedCafe = {
  room: Room;
  sessionId: string;
  questions: string[];
  /** Every consolidated idea, in the order they were written. */
  ideas: { id: string; text: string; round: number; tableId: string }[];
  workstreams: { id: string; name: string }[];
  /** Every person's name. */
  names: string[];
  /** The phones, each with its participant token (for HTTP). */
  phones: { name: string; token: string; client: TestClient }[];
  /** The plenary's items, with what the backlog should say of each. */
  items: ExpectedItem[];
  /** Moves the café from the plenary to its close. */
  close(): Promise<void>;
};

/** Ratings as three values repeated over the raters in turn: with a multiple of three raters, the median is the middle one. */
const RATINGS: { gain: [number, number, number]; effort: [number, number, number]; expected: Quadrant; override?: Quadrant }[] = [
  { gain: [4, 4, 5], effort: [1, 2, 2], expected: 'quick-win' },
  { gain: [3, 4, 5], effort: [3, 4, 5], expected: 'must-have' },
  { gain: [1, 2, 3], effort: [1, 1, 2], expected: 'nice-to-have' },
  { gain: [1, 2, 2], effort: [4, 4, 5], expected: 'not-now', override: 'quick-win' },
];

async function waitForStage(client: TestClient, test: (kind: string, phase?: string) => boolean): Promise<void> {
  await client.until((v) => test(v.live.stage.kind, v.live.stage.kind === 'phase' ? v.live.stage.phase : undefined), 20_000);
}

/** The table's view has this round's notes, one from each person seated there (the view may follow the stage's change a moment later). */
function everyNoteShared(view: Snapshot, round: number): boolean {
  return view.table?.round === round && view.table.notes.length === view.table.roster.length;
}

/** One round at every table: a note each, a +1 on a neighbour's note, two ideas per table from its notes, a +1 on an idea. */
async function playRound(room: Room, round: number, everyone: { client: TestClient; id: string }[]): Promise<void> {
  await control(room.organiser, round === 0 ? 'start' : 'next');
  await Promise.all(everyone.map((p) => waitForStage(p.client, (k, phase) => k === 'phase' && phase === 'reflection')));
  await Promise.all(
    everyone.map((p, i) =>
      ok(p.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: `Round ${round + 1}, thought ${i + 1}: try it small first` })),
    ),
  );
  await control(room.organiser, 'next'); // sharing
  await Promise.all(
    everyone.map(async (p) => {
      const view = await p.client.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'sharing' && everyNoteShared(v, round), 20_000);
      const other = view.table!.notes.find((n) => !(view.myNotes ?? []).some((mine) => mine.id === n.id));
      if (other) await ok(p.client.request('reaction:set', { commandId: newCommandId(), targetId: other.id, on: true }));
    }),
  );
  await control(room.organiser, 'next'); // consolidation
  await Promise.all(
    room.hosts.map(async (host, t) => {
      const view = await host.client.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'consolidation' && everyNoteShared(v, round), 20_000);
      const shared = view.table!.notes.map((n) => n.id);
      const half = Math.ceil(shared.length / 2);
      for (const [k, sources] of [shared.slice(0, half), shared.slice(half)].entries()) {
        const text = `Q${round + 1} T${t + 1} idea ${k + 1}: ${['shorten the first call', 'one person follows each claim'][k]}`;
        await ok(host.client.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text, sourceNoteIds: sources }));
      }
    }),
  );
  await Promise.all(
    room.movers.map(async (m) => {
      const view = await m.client.until((v) => v.table?.round === round && v.table.ideas.length >= 2, 20_000);
      await ok(m.client.request('reaction:set', { commandId: newCommandId(), targetId: view.table!.ideas[0]!.id, on: true }));
    }),
  );
}

/** The plenary's records, written as its commands would: workstreams, a closed vote, ratings of a shortlist, an override, actions. */
function writePlenary(db: Db, sessionId: string, voteOn: VoteTarget, ideaIds: string[], people: string[], language: Language) {
  const names =
    language === 'fr' ? ['Déclaration simplifiée', 'Suivi du dossier', 'Décisions claires'] : ['Simpler declaration', 'Claim tracking', 'Clear decisions'];
  const workstreams = names.map((name, position) => ({ id: `ws-${sessionId}-${position}`, name, position }));
  const items = voteOn === 'workstreams' ? workstreams.map((w) => w.id) : ideaIds;
  const dots = new Map(items.map((id) => [id, 0]));
  db.transaction((tx) => {
    saveWorkstreams(tx, sessionId, workstreams);
    savePlacements(
      tx,
      sessionId,
      ideaIds.map((ideaId, i) => ({ ideaId, workstreamId: workstreams[i % workstreams.length]!.id, sameAsId: null })),
    );
    people.forEach((participantId, k) => {
      const [a, b] = [items[k % items.length]!, items[(k + 1) % items.length]!];
      setVoteDots(db, sessionId, participantId, a, 2);
      setVoteDots(db, sessionId, participantId, b, 1);
      dots.set(a, dots.get(a)! + 2);
      dots.set(b, dots.get(b)! + 1);
    });
    setVoteStatus(tx, sessionId, 'closed');
    const shortlist = items.slice(0, RATINGS.length);
    replaceShortlist(
      tx,
      sessionId,
      shortlist.map((itemId, position) => ({ itemId, position })),
    );
    shortlist.forEach((itemId, i) => {
      const plan = RATINGS[i]!;
      people.forEach((participantId, k) => setRating(db, sessionId, participantId, itemId, { gain: plan.gain[k % 3]!, effort: plan.effort[k % 3]! }));
      if (plan.override) setQuadrantOverride(tx, sessionId, itemId, plan.override);
    });
    saveAction(
      tx,
      sessionId,
      {
        itemId: shortlist[0]!,
        code: 'A-01',
        owner: 'Head of claims',
        deadline: '2026-06-30',
        horizon: null,
        objective: 'Half as many calls',
        status: 'agreed',
        position: 0,
      },
      1,
    );
  });
  const middle = (values: readonly number[]) => [...values].sort((x, y) => x - y)[1]!;
  const expected: ExpectedItem[] = items.map((itemId, i) => {
    const plan = RATINGS[i];
    return {
      itemId,
      dots: dots.get(itemId)!,
      gain: plan ? middle(plan.gain) : null,
      effort: plan ? middle(plan.effort) : null,
      quadrant: plan ? (plan.override ?? plan.expected) : null,
      overridden: plan?.override !== undefined,
    };
  });
  return { workstreams, items: expected };
}

/** Plays a café from the lobby to its plenary (`close()` then closes it). */
export async function playCafe(server: TestServer, options: CafeOptions): Promise<PlayedCafe> {
  const questions = Array.from({ length: options.rounds }, (_, i) => `Question ${i + 1} of “${options.title}”: what would make a claim simpler?`);
  const room = await openRoom(server, {
    tables: options.tables,
    movers: options.movers,
    rounds: options.rounds,
    draft: {
      title: options.title,
      language: options.language,
      anonymous: options.anonymous,
      rounds: questions.map((question) => ({ question, reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 })),
      plenary: { ...structuredClone(DEFAULT_PLENARY), voteOn: options.voteOn },
    },
    hostName: (n) => options.names('host', n),
    moverName: (n) => options.names('mover', n),
  });
  const everyone = [...room.hosts, ...room.movers];
  for (let round = 0; round < options.rounds; round++) {
    await rotate(room, round, 11 + round);
    await playRound(room, round, everyone);
    await control(room.organiser, 'next'); // the rotation after it, or the plenary after the last
  }
  const db = server.db;
  const ideaRows = db
    .select({ id: ideas.id, text: ideas.text, round: ideas.roundIndex, tableId: ideas.tableId })
    .from(ideas)
    .where(eq(ideas.sessionId, room.sessionId))
    .orderBy(asc(ideas.roundIndex), asc(sql`rowid`))
    .all();
  const noteCount =
    db
      .select({ n: sql<number>`count(*)` })
      .from(notes)
      .where(eq(notes.sessionId, room.sessionId))
      .get()?.n ?? 0;
  if (noteCount !== everyone.length * options.rounds) throw new Error(`expected ${everyone.length * options.rounds} notes, found ${noteCount}`);
  const plenary = writePlenary(
    db,
    room.sessionId,
    options.voteOn,
    ideaRows.map((i) => i.id),
    everyone.map((p) => p.id),
    options.language,
  );
  const phones = [
    ...room.hosts.map((h) => ({ name: h.name, token: h.token, client: h.client })),
    ...room.movers.map((m) => ({ name: m.name, token: m.token, client: m.client })),
  ];
  return {
    room,
    sessionId: room.sessionId,
    questions,
    ideas: ideaRows,
    workstreams: plenary.workstreams,
    names: everyone.map((p) => p.name),
    phones,
    items: plenary.items,
    close: async () => {
      for (let i = 0; i < 20 && room.organiser.view?.live.stage.kind !== 'closed'; i++) {
        const seq = await control(room.organiser, 'next');
        await room.organiser.until((v) => v.seq >= seq);
      }
      if (room.organiser.view?.live.stage.kind !== 'closed') throw new Error('the café did not close');
    },
  };
}
