/**
 * One simulated participant: joins with a name, sits at a table (as its host with its host link),
 * follows the session, writes notes during the reflection, gives +1s during the sharing and the
 * consolidation — where a host turns the table's notes into ideas instead — checks in after a
 * rotation, reconnects by itself (its phone keeps the token), and takes part in the plenary: it pages
 * through its table's ideas when it is the presenting host, places its dots (and may move one), and
 * rates the shortlisted items on effort × gain when everyone rates.
 * Every choice comes from the seeded random sequence it is given, so a run can be replayed.
 * It knows the protocol only through SimPhone (phone-protocol.ts).
 */
import type { Random } from '@/lib/domain/seeded-random';
import { LIMITS } from '@/lib/realtime/contract';
import { NOTES, pick } from './banks';
import { dotToMove, nextDot, ratingOf } from './plenary-choices';
import { SimPhone, type Consolidation, type Failure, type Situation } from './phone-protocol';
import type { WireMeter } from './wire-meter';

/** How busy a participant is. Each gap is drawn between half and one and a half times its mean. */
export type Pacing = {
  /** Mean time between two notes during the reflection. */
  noteEveryMs: number;
  /** Notes per round at most (the server allows LIMITS.notesPerRound). */
  notesPerRound: number;
  /** Mean time between two +1s during the sharing and the consolidation. */
  plusOneEveryMs: number;
  /** A host's mean time between two ideas during the consolidation (and before the first). */
  ideaEveryMs: number;
  /** Ideas a host writes per round at most (fewer when the table shared fewer notes). */
  ideasPerRound: number;
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
  ideaEveryMs: 25_000,
  ideasPerRound: 3,
  walkMs: { min: 5_000, max: 30_000 },
  lookEveryMs: 1_000,
};

/** How busy a participant is in the plenary; each gap is drawn as the others. */
export type PlenaryPacing = {
  /** Mean time between two dots (and before the first, once the open vote reaches the phone). */
  dotEveryMs: number;
  /** The share of people who move one dot, once, after placing them all (drawn per person). */
  moveShare: number;
  /** Mean time between two ratings (and before the first). */
  rateEveryMs: number;
  /** Mean time a presenting host stays on an idea before showing the next. */
  showIdeaEveryMs: number;
};

/** A silent vote at a human pace: a dot every 4 s or so, a rating every 5 s, an idea shown every 6 s. */
export const REHEARSAL_PLENARY_PACING: PlenaryPacing = { dotEveryMs: 4_000, moveShare: 0.3, rateEveryMs: 5_000, showIdeaEveryMs: 6_000 };

export type ParticipantStats = {
  joins: number;
  seats: number;
  notes: number;
  plusOnes: number;
  checkIns: number;
  /** Ideas a host wrote during the consolidation. */
  ideas: number;
  /** Dots placed with `vote:set` (one at a time), dots moved with `vote:move`, items rated, ideas shown as host. */
  dots: number;
  moves: number;
  ratings: number;
  ideasShown: number;
  refusals: Record<string, number>;
};

export type ParticipantOptions = {
  url: string;
  joinCode: string;
  name: string;
  /** The table whose QR this participant scans first (1-based). */
  table: number;
  /** The key of that table's host link: the participant sits as its host. */
  hostKey?: string;
  random: Random;
  pacing?: Pacing;
  plenaryPacing?: PlenaryPacing;
  meter?: WireMeter;
  /** One line per thing done or refused, for a console that wants to show it. */
  log?: (line: string) => void;
};

export class SimParticipant {
  readonly phone: SimPhone;
  readonly stats: ParticipantStats = {
    joins: 0,
    seats: 0,
    notes: 0,
    plusOnes: 0,
    checkIns: 0,
    ideas: 0,
    dots: 0,
    moves: 0,
    ratings: 0,
    ideasShown: 0,
    refusals: {},
  };
  private readonly pacing: Pacing;
  private readonly plenaryPacing: PlenaryPacing;
  private table: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private noteRound: number | null = null;
  private notesWritten = 0;
  private nextNoteAt = 0;
  private nextPlusOneAt = 0;
  private ideaRound: number | null = null;
  private ideasWritten = 0;
  private nextIdeaAt = 0;
  private checkInAt: number | null = null;
  /** 0: not planned yet (the open vote, the assessment, a presentation has not reached this phone). */
  private nextDotAt = 0;
  private willMove = false;
  private moved = false;
  private nextRatingAt = 0;
  private nextShowAt = 0;
  /** This slot's ideas have all been shown: the host stays on the last one. */
  private presentedAll = false;

  constructor(private readonly options: ParticipantOptions) {
    this.pacing = options.pacing ?? REHEARSAL_PACING;
    this.plenaryPacing = options.plenaryPacing ?? REHEARSAL_PLENARY_PACING;
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
    if (s.moment === 'consolidation') {
      const consolidation = this.phone.consolidation();
      if (consolidation) return this.consolidate(consolidation, s, now);
    }
    if (s.moment === 'sharing' || s.moment === 'consolidation') return this.plusOne(s, now);
    if (s.moment === 'plenary') return this.plenary(now);
  }

  /** One command at most per look: a dot, else a rating, else the next idea shown. */
  private async plenary(now: number): Promise<void> {
    if (await this.vote(now)) return;
    if (await this.rate(now)) return;
    await this.present(now);
  }

  /** While the vote is open: one dot at a time until all are placed, then perhaps one dot moved. */
  private async vote(now: number): Promise<boolean> {
    const ballot = this.phone.ballot();
    if (!ballot) return false;
    const { random } = this.options;
    if (this.nextDotAt === 0) {
      this.nextDotAt = now + this.gap(this.plenaryPacing.dotEveryMs);
      this.willMove = random() < this.plenaryPacing.moveShare;
      return false;
    }
    if (now < this.nextDotAt) return false;
    const items = this.phone.items(ballot.itemIds);
    const mine = this.phone.myDots();
    const itemId = nextDot(ballot, items, mine, random);
    this.nextDotAt = now + this.gap(this.plenaryPacing.dotEveryMs);
    if (itemId !== null) {
      const ack = await this.phone.setDots(itemId, (mine.get(itemId) ?? 0) + 1);
      if (!ack.ok) this.refused('dot', ack);
      else this.stats.dots += 1;
      return true;
    }
    if (!this.willMove || this.moved) return false;
    this.moved = true;
    const move = dotToMove(ballot, items, mine, random);
    if (!move) return false;
    const ack = await this.phone.moveDot(move.fromId, move.toId);
    if (!ack.ok) this.refused('dot move', ack);
    else this.stats.moves += 1;
    return true;
  }

  /** During the assessment step, when everyone rates: each shortlisted item in turn, a few seconds apart. */
  private async rate(now: number): Promise<boolean> {
    const assessment = this.phone.assessment();
    const item = assessment?.items.find(({ id }) => !assessment.rated.has(id));
    if (!item) return false;
    if (this.nextRatingAt === 0) this.nextRatingAt = now + this.gap(this.plenaryPacing.rateEveryMs);
    if (now < this.nextRatingAt) return false;
    this.nextRatingAt = now + this.gap(this.plenaryPacing.rateEveryMs);
    const ack = await this.phone.rate(item.id, ratingOf(item.label, this.options.random));
    if (!ack.ok) this.refused('rating', ack);
    else this.stats.ratings += 1;
    return true;
  }

  /** As the presenting host: the table's ideas one after the other, from the one shown now, then stay on the last. */
  private async present(now: number): Promise<boolean> {
    const presentation = this.phone.presentation();
    if (!presentation || presentation.ideaIds.length === 0) {
      this.nextShowAt = 0;
      this.presentedAll = false;
      return false;
    }
    if (this.presentedAll) return false;
    if (this.nextShowAt === 0) this.nextShowAt = now + this.gap(this.plenaryPacing.showIdeaEveryMs);
    if (now < this.nextShowAt) return false;
    this.nextShowAt = now + this.gap(this.plenaryPacing.showIdeaEveryMs);
    const { ideaIds, highlightedIdeaId } = presentation;
    const ideaId = ideaIds[highlightedIdeaId === null ? 0 : ideaIds.indexOf(highlightedIdeaId) + 1];
    if (ideaId === undefined) {
      this.presentedAll = true;
      return false;
    }
    const ack = await this.phone.showIdea(ideaId);
    if (!ack.ok) {
      this.refused('show an idea', ack);
      return true;
    }
    this.stats.ideasShown += 1;
    if (ideaId === ideaIds.at(-1)) this.presentedAll = true;
    return true;
  }

  private async join(): Promise<void> {
    const ack = await this.phone.join(this.name);
    if (!ack.ok) return this.refused('join', ack);
    this.stats.joins += 1;
    this.options.log?.(`${this.name} joined`);
  }

  private async sitDown(): Promise<void> {
    const ack = await this.phone.takeSeat(this.table, this.options.hostKey);
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

  /**
   * As the table's host during the consolidation: an idea every so often from the shared note with
   * the most +1s that no idea comes from yet, half the time with a second such note behind it (a host
   * merging two notes that say the same), worded as the first note.
   */
  private async consolidate(c: Consolidation, s: Situation, now: number): Promise<void> {
    if (this.ideaRound !== s.round) {
      this.ideaRound = s.round;
      this.ideasWritten = 0;
      this.nextIdeaAt = now + this.gap(this.pacing.ideaEveryMs);
    }
    const unused = c.notes.filter((n) => !c.sourced.has(n.id)).sort((a, b) => b.plusOnes - a.plusOnes);
    const [first, ...others] = unused;
    if (!first || now < this.nextIdeaAt || this.ideasWritten >= this.pacing.ideasPerRound) return;
    this.nextIdeaAt = now + this.gap(this.pacing.ideaEveryMs);
    const second = others.length > 0 && this.options.random() < 0.5 ? pick(this.options.random, others) : null;
    const ack = await this.phone.addIdea(first.text.slice(0, LIMITS.ideaMax), second ? [first.id, second.id] : [first.id]);
    if (!ack.ok) return this.refused('idea', ack);
    this.ideasWritten += 1;
    this.stats.ideas += 1;
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
