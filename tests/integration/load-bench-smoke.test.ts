import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sizeTable } from '@/bench/load/report';
import { runOnce, type RunResult } from '@/bench/load/run-once';
import { SimOrganiser, cafeDraft, createSession } from '@/bench/sim/organiser-protocol';
import { PHASE_CHANGE_EVENT } from '@/bench/sim/phone-protocol';
import type { SimParticipant } from '@/bench/sim/participant';
import { startBots, waitFor } from '@/tests/helpers/bots';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

describe('the load bench at 20 phones in 2 client processes', () => {
  let result: RunResult;

  beforeAll(async () => {
    result = await runOnce({
      phones: 20,
      phonesPerProcess: 10,
      writeWindowMs: 3_000,
      writeEveryMs: 1_000,
      sweepStepMs: 1_000,
      voteWindowMs: 3_000,
      seed: 7,
      ackTimeoutMs: 30_000,
    });
  }, 300_000);

  it('joins, seats and moves every phone, each command acknowledged', () => {
    expect(result.processes).toBe(2);
    expect(result.join.ack?.count).toBe(19); // phone 0 joins later, as the measured join
    expect(result.join.ratePerS).toBeGreaterThan(0);
    expect(result.errors).toMatchObject({ unjoined: 0, unseated: 0, failedAcks: {}, missingReceipts: 0, unsettled: [] });
    expect(result.rotation.movers).toBe(20);
    expect(result.rotation.checkIn).toMatchObject({ count: 20, untold: 0 });
  });

  it('counts what every action sent to the phones, in raw bytes', () => {
    for (const action of Object.values(result.actions)) {
      expect(action.ok, action.action).toBe(true);
      expect(action.phones.messages, action.action).toBeGreaterThan(0);
      expect(action.phones.bytes, action.action).toBeGreaterThan(action.phones.messages * 2);
    }
    expect(result.phaseChanges.map((p) => p.traffic.phones.byEvent[PHASE_CHANGE_EVENT]?.messages)).toEqual([20, 20, 20, 20, 20]);
  });

  it('times every phase change on every phone, next to the bare broadcast of the same size', () => {
    expect(result.fanout.tournee?.count).toBe(20 * 5);
    expect(result.fanout.bare?.count).toBe(20 * 5);
    expect(result.tableView.tournee?.count).toBe(20 * 5);
    // The floor of the table views: the bare server's state then each table's message, where views went out.
    expect(result.tableView.bare?.count).toBe(20 * 5);
    for (const change of result.phaseChanges) {
      const sentViews = (change.traffic.phones.byEvent['table:view']?.messages ?? 0) > 0;
      expect(change.bareViews === null ? null : change.bareViews.fanout?.count).toBe(sentViews ? 20 : null);
    }
    expect(result.fanout.ratioP50).toBeGreaterThan(0);
    expect(result.fanout.ratioP99).toBeGreaterThan(0);
    for (const change of result.phaseChanges) expect(change.bare.payloadBytes).toBeGreaterThan(0);
  });

  it('sends no view to a table that shows the same after a phase change, and those phones keep one a fresh snapshot agrees with', () => {
    const changes = Object.fromEntries(result.phaseChanges.map((p) => [p.traffic.action, p]));
    // The sharing's notes and speaking order stay the same into the consolidation: no table is sent its view.
    expect(changes['phase change (sharing → consolidation)']).toMatchObject({ unchangedViews: 20, viewChecks: { checked: 20, stale: 0 } });
    // A new round (and the notes shared) change every table.
    expect(changes['phase change (lobby → reflection)']?.unchangedViews).toBe(0);
    expect(changes['phase change (reflection → sharing)']?.unchangedViews).toBe(0);
    expect(result.errors.staleViews).toBe(0);
  });

  it('says when the server had written the state, and its last table view, after each phase change', () => {
    const changes = Object.fromEntries(result.phaseChanges.map((p) => [p.traffic.action, p.serverWrote]));
    for (const wrote of Object.values(changes)) expect(wrote.stateMs).toBeGreaterThan(0);
    // Views go out after the state, and only where the stage changed what the tables show.
    const sharing = changes['phase change (reflection → sharing)']!;
    expect(sharing.lastViewMs).toBeGreaterThanOrEqual(sharing.stateMs!);
    expect(changes['phase change (sharing → consolidation)']?.lastViewMs).toBeNull();
  });

  it('says what CPU each side spent until the last view was read, and its event loop alone, where the change sent views, and the bare server the same', () => {
    const cpu = Object.fromEntries(result.phaseChanges.map((p) => [p.traffic.action, p.cpuMs]));
    for (const action of ['phase change (lobby → reflection)', 'phase change (reflection → sharing)']) {
      const spent = cpu[action];
      expect(spent?.server, action).toBeGreaterThan(0);
      expect(spent?.phones, action).toBeGreaterThan(0);
      expect(spent?.bareServer, action).toBeGreaterThan(0);
      expect(spent?.barePhones, action).toBeGreaterThan(0);
      // The event loop's thread is part of its process. Its figure is the kernel's, updated at each
      // scheduler tick (4 ms at 250 Hz): a small room's few ms may read 0, and up to a tick too many.
      for (const [thread, whole] of [
        [spent?.serverThread, spent?.server],
        [spent?.bareServerThread, spent?.bareServer],
      ]) {
        expect(thread, action).toBeGreaterThanOrEqual(0);
        expect(thread, action).toBeLessThanOrEqual(whole! + 5);
      }
    }
    expect(cpu['phase change (sharing → consolidation)']).toBeNull();
  });

  it('times the writes, the sweep and the rotation', () => {
    expect(result.writes.note.ack?.count).toBe(result.writes.note.sent);
    expect(result.writes.plusOne.ack?.count).toBeGreaterThan(0);
    expect(result.sweep.steps.length).toBeGreaterThan(0);
    expect(result.rotation.planMs).toBeGreaterThan(0);
    expect(result.rotation.apply.ok).toBe(true);
    expect(result.rotation.checkIn.ack?.count).toBe(20);
  });

  it('goes on to the plenary vote: every phone places its 5 dots one by one, each acknowledged and counted in the ranking', () => {
    const { vote } = result;
    expect(vote.open.ok).toBe(true);
    expect(vote.dots).toMatchObject({ sent: 20 * 5, failures: {}, unopened: 0 });
    expect(vote.dots.ack?.count).toBe(20 * 5);
    expect(vote.tallied).toBe(20 * 5);
    expect(vote.close.ok).toBe(true);
    // The room hears how many have voted, never the dots: the projector and the phones get the progress.
    expect(vote.projector.messages).toBeGreaterThan(0);
    expect(vote.phones.byEvent['plenary:progress']?.messages).toBeGreaterThan(0);
    expect(vote.phones.byEvent['plenary:mine']?.messages).toBe(20 * 5);
    // Whose loop was late during the window: the server's (asked of it) and the phones' processes'.
    expect(vote.loopDelayP99Ms.server).toBeGreaterThan(0);
    expect(vote.loopDelayP99Ms.clients).toBeGreaterThan(0);
    expect(vote.loopDelayMaxMs.server).toBeGreaterThanOrEqual(vote.loopDelayP99Ms.server);
    expect(vote.loopDelayMaxMs.clients).toBeGreaterThanOrEqual(vote.loopDelayP99Ms.clients);
  });

  it("drops the venue's Wi-Fi: every phone comes back with a new snapshot, and the console's clock samples are answered meanwhile", () => {
    const { wifiDrop } = result;
    expect(wifiDrop).toMatchObject({ notBack: 0, pingFailures: 0 });
    expect(wifiDrop.back?.count).toBe(20);
    // Socket.io waits 0.25–0.75 s before its first attempt: nobody is back sooner.
    expect(wifiDrop.back?.p50).toBeGreaterThanOrEqual(250);
    expect(wifiDrop.organiserPing?.count).toBeGreaterThan(0);
    // The server's share of each round trip, by its clock: part of the round trip, never more.
    expect(wifiDrop.pingAnswered?.count).toBe(wifiDrop.organiserPing?.count);
    expect(wifiDrop.pingAnswered!.p50).toBeGreaterThanOrEqual(0);
    expect(wifiDrop.pingAnswered!.max).toBeLessThanOrEqual(wifiDrop.organiserPing!.max + 1);
    expect(wifiDrop.traffic.phones.byEvent['session:snapshot']?.messages).toBe(20);
    expect(result.server.memory.map((m) => m.after)).toContain('the Wi-Fi drop');
  });

  it("reads the server's memory and CPU and the organiser's snapshot size, with no error logged", () => {
    expect(result.server.peakRssMb).toBeGreaterThan(0);
    expect(result.server.cpuS).toBeGreaterThan(0);
    expect(result.bareServer.cpuS).toBeGreaterThan(0);
    expect(result.organiserSnapshotBytes).toBeGreaterThan(1000);
    expect(result.server.errorLines).toEqual([]);
    expect(result.errors.disconnects).toEqual({});
    expect(result.errors.organiserDisconnects).toEqual({});
  });

  it('prints a figure on every line of the table (the sweep may not reach 100 ms at 20 phones)', () => {
    const blank = sizeTable([result])
      .split('\n')
      .filter((line) => /^ {4}\S.*\s—\s/.test(line) && !line.includes('passes 100 ms'));
    expect(blank).toEqual([]);
  });
});

describe('simulated participants in a rehearsal', () => {
  let server: TestServer;
  let organiser: SimOrganiser;
  let participants: SimParticipant[] = [];
  const pacing = {
    noteEveryMs: 150,
    notesPerRound: 2,
    plusOneEveryMs: 150,
    ideaEveryMs: 150,
    ideasPerRound: 2,
    walkMs: { min: 50, max: 200 },
    lookEveryMs: 40,
  };

  beforeAll(async () => {
    server = await startTestServer();
    const phaseMs = { reflection: 600_000, sharing: 600_000, consolidation: 600_000 };
    const sessionId = await createSession(server.url, server.organiserCookie, cafeDraft({ title: 'Rehearsal', language: 'fr', tables: 2, rounds: 2, phaseMs }));
    organiser = new SimOrganiser(server.url, server.organiserCookie, sessionId);
    const { session } = await organiser.ready();
    participants = startBots({ url: server.url, joinCode: session.code, count: 6, tableOf: (i) => (i % 2) + 1, seed: 100, pacing });
  });

  afterAll(async () => {
    for (const p of participants) p.stop();
    organiser?.close();
    await server?.close();
  });

  const step = async (action: 'start' | 'next') => {
    const ack = await organiser.control(action);
    if (!ack.ok) throw new Error(`${action}: ${ack.code}`);
  };

  it('join, sit at their table, write notes in French, +1 the shared notes, check in after a rotation and write again', async () => {
    await waitFor('everyone seated', () => organiser.view?.seating?.reduce((n, t) => n + t.seated, 0) === 6);
    await step('start');
    await waitFor('two notes each', () => participants.every((p) => p.stats.notes === 2));
    await step('next');
    await waitFor('+1s on shared notes', () => participants.every((p) => p.stats.plusOnes > 0));
    // The organiser's board counts the shared notes; the phones at each table read them.
    await waitFor('12 shared notes on the board', () => organiser.view?.tableStats?.reduce((n, t) => n + t.notesShared, 0) === 12);
    const tables = new Map(participants.flatMap((p) => (p.phone.view?.table ? [[p.phone.view.table.tableId, p.phone.view.table] as const] : [])));
    const shared = [...tables.values()].flatMap((t) => t.notes);
    expect(shared).toHaveLength(12);
    expect(shared.some((n) => /[éèàç’]/.test(n.text))).toBe(true);
    await waitFor('a +1 counted', () => participants.some((p) => p.phone.view?.table?.notes.some((n) => n.plusOnes > 0) === true));

    await step('next');
    await step('next');
    expect(await organiser.planRotation(3)).toMatchObject({ ok: true, movers: 6 });
    expect(await organiser.applyRotation()).toMatchObject({ ok: true });
    await waitFor('every mover checked in', () => organiser.checkIns()?.checkedIn === 6);
    expect(participants.reduce((n, p) => n + p.stats.checkIns, 0)).toBe(6);

    await step('next');
    await waitFor('two more notes each in round 2', () => participants.every((p) => p.stats.notes === 4));
    expect(participants.flatMap((p) => Object.keys(p.stats.refusals))).toEqual([]);
  });

  it('comes back as the same participant after its connection drops', async () => {
    const bot = participants[0]!;
    const id = bot.phone.participantId;
    bot.phone.socket.io.engine.close();
    expect(bot.phone.socket.connected).toBe(false);
    await waitFor('reconnected', () => bot.phone.socket.connected && bot.phone.view?.me?.id === id);
    expect(bot.phone.situation()).toMatchObject({ seated: true });
    expect(organiser.view?.participantCount).toBe(6);
  });
});
