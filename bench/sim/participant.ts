/**
 * One simulated participant: joins with a name, sits at a table, follows the session, writes notes
 * during the reflection, gives +1s during the sharing and the consolidation, checks in after a
 * rotation, reconnects by itself (its phone keeps the token), and will vote in the plenary.
 * Every choice comes from the seeded random sequence it is given, so a run can be replayed.
 * It knows the protocol only through SimPhone (phone-protocol.ts).
 */
import type { Random } from '@/lib/domain/seeded-random';
import { LIMITS } from '@/lib/realtime/contract';
import { NOTES, pick } from './banks';
import { SimPhone, type Failure, type Situation } from './phone-protocol';
import type { WireMeter } from './wire-meter';

/** How busy a participant is. Each gap is drawn between half and one and a half times its mean. */
export type Pacing = {
  /** Mean time between two notes during the reflection. */
  noteEveryMs: number;
  /** Notes per round at most (the server allows LIMITS.notesPerRound). */
  notesPerRound: number;
  /** Mean time between two +1s during the sharing and the consolidation. */
  plusOneEveryMs: number;
  /** Walking to the new table after a rotation, before checking in. */
  walkMs: { min: number; max: number };
  /** How often the participant looks at the phone and decides what to do. */
  lookEveryMs: number;
};

/** A calm room, for a rehearsal: a note every 20 s or so, a +1 every 15 s, a short walk. */
export const REHEARSAL_PACING: Pacing = {
  noteEveryMs: 20_000,
  notesPerRound: 4,
  plusOneEveryMs: 15_000,
  walkMs: { min: 5_000, max: 30_000 },
  lookEveryMs: 1_000,
};

/**
 * EXTENSION POINT — the plenary vote. The vote protocol does not exist yet: when it does, pass a
 * function that casts this participant's votes through the phone (add the command to
 * phone-protocol.ts). Called once, when the session reaches the plenary.
 */
export type CastVotes = (phone: SimPhone, random: Random) => Promise<void>;

/** Until the vote protocol exists, a participant does nothing in the plenary. */
export const NO_VOTES_YET: CastVotes = () => Promise.resolve();

export type ParticipantStats = { joins: number; seats: number; notes: number; plusOnes: number; checkIns: number; refusals: Record<string, number> };

export type ParticipantOptions = {
  url: string;
  joinCode: string;
  name: string;
  /** The table whose QR this participant scans first (1-based). */
  table: number;
  random: Random;
  pacing?: Pacing;
  castVotes?: CastVotes;
  meter?: WireMeter;
  /** One line per thing done or refused, for a console that wants to show it. */
  log?: (line: string) => void;
};

export class SimParticipant {
  readonly phone: SimPhone;
  readonly stats: ParticipantStats = { joins: 0, seats: 0, notes: 0, plusOnes: 0, checkIns: 0, refusals: {} };
  private readonly pacing: Pacing;
  private table: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private noteRound: number | null = null;
  private notesWritten = 0;
  private nextNoteAt = 0;
  private nextPlusOneAt = 0;
  private checkInAt: number | null = null;
  private voted = false;

  constructor(private readonly options: ParticipantOptions) {
    this.pacing = options.pacing ?? REHEARSAL_PACING;
    this.table = options.table;
    this.phone = new SimPhone({ url: options.url, joinCode: options.joinCode, ...(options.meter ? { meter: options.meter } : {}) });
  }

  get name(): string {
    return this.options.name;
  }

  start(): void {
    this.schedule(this.gap(this.pacing.lookEveryMs));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.phone.close();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.look(), ms);
  }

  /** A gap around `meanMs`: between half and one and a half of it. */
  private gap(meanMs: number): number {
    return Math.round(meanMs * (0.5 + this.options.random()));
  }

  private async look(): Promise<void> {
    try {
      await this.act(this.phone.situation(), Date.now());
    } finally {
      this.schedule(this.pacing.lookEveryMs);
    }
  }

  private refused(what: string, failure: Failure): void {
    this.stats.refusals[failure.code] = (this.stats.refusals[failure.code] ?? 0) + 1;
    this.options.log?.(`${this.name}: ${what} refused (${failure.code})`);
  }

  private async act(s: Situation, now: number): Promise<void> {
    if (s.moment === 'closed' || this.phone.refused) return this.stop();
    if (s.moment === 'connecting') return;
    if (s.moment === 'guest') return this.join();
    if (s.destination !== null) return this.goTo(s.destination, now);
    this.checkInAt = null;
    if (!s.seated && s.moment !== 'plenary') return this.sitDown();
    if (s.moment === 'reflection') return this.writeNote(s, now);
    if (s.moment === 'sharing' || s.moment === 'consolidation') return this.plusOne(s, now);
    if (s.moment === 'plenary' && !this.voted) {
      this.voted = true;
      await (this.options.castVotes ?? NO_VOTES_YET)(this.phone, this.options.random);
    }
  }

  private async join(): Promise<void> {
    const ack = await this.phone.join(this.name);
    if (!ack.ok) return this.refused('join', ack);
    this.stats.joins += 1;
    this.options.log?.(`${this.name} joined`);
  }

  private async sitDown(): Promise<void> {
    const ack = await this.phone.takeSeat(this.table);
    if (ack.ok) {
      this.stats.seats += 1;
      return;
    }
    // After a rotation the wrong table's QR says which one is ours.
    if (ack.code === 'wrong-table' && ack.expected) this.table = ack.expected.number;
    this.refused(`sit at table ${this.table}`, ack);
  }

  /** After a rotation: walk to the new table, then check in (a tap on the phone, or the table's QR). */
  private async goTo(destination: number, now: number): Promise<void> {
    this.table = destination;
    if (this.checkInAt === null) {
      const { min, max } = this.pacing.walkMs;
      this.checkInAt = now + min + Math.round(this.options.random() * (max - min));
      return;
    }
    if (now < this.checkInAt) return;
    const ack = this.options.random() < 0.7 ? await this.phone.checkIn() : await this.phone.takeSeat(destination);
    if (!ack.ok) return this.refused('check in', ack);
    this.stats.checkIns += 1;
    this.checkInAt = null;
    this.options.log?.(`${this.name} checked in at table ${destination}`);
  }

  private async writeNote(s: Situation, now: number): Promise<void> {
    if (this.noteRound !== s.round) {
      this.noteRound = s.round;
      this.notesWritten = 0;
      this.nextNoteAt = now + this.gap(this.pacing.noteEveryMs);
    }
    const written = Math.max(this.notesWritten, s.notesThisRound);
    if (now < this.nextNoteAt || written >= Math.min(this.pacing.notesPerRound, LIMITS.notesPerRound)) return;
    this.nextNoteAt = now + this.gap(this.pacing.noteEveryMs);
    const ack = await this.phone.addNote(pick(this.options.random, NOTES[s.language]));
    if (!ack.ok) return this.refused('note', ack);
    this.notesWritten = written + 1;
    this.stats.notes += 1;
  }

  private async plusOne(s: Situation, now: number): Promise<void> {
    if (this.nextPlusOneAt === 0) this.nextPlusOneAt = now + this.gap(this.pacing.plusOneEveryMs);
    if (now < this.nextPlusOneAt) return;
    this.nextPlusOneAt = now + this.gap(this.pacing.plusOneEveryMs);
    const candidates = s.targets.filter((t) => !t.mine && !t.plusOned);
    if (candidates.length === 0) return;
    const ack = await this.phone.plusOne(pick(this.options.random, candidates).id, true);
    if (!ack.ok) return this.refused('+1', ack);
    this.stats.plusOnes += 1;
  }
}
