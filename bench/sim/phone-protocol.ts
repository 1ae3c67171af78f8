/**
 * Everything a simulated phone knows of the realtime protocol, in one place: the events it listens
 * to, the commands and payloads it sends, and how it keeps its view of the session (the app's own
 * reducer, as the phone page does). When the protocol changes, this is the file to adapt: the
 * participant's behaviour (participant.ts) and the load bench (bench/load/) only use what it exports.
 */
import type { Socket as NetSocket } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import type { Language } from '@/lib/i18n/locales';
import { newCommandId } from '@/lib/realtime/command-id';
import type { AckFailure } from '@/lib/realtime/emit-command';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type ErrorCode,
  type MyPlenary,
  type ServerToClientEvents,
  type Snapshot,
} from '@/lib/realtime/contract';
import { subscribe } from '@/lib/realtime/subscriptions';
import { applyToKept } from './kept-view';
import { wallClock, type WireMeter } from './wire-meter';

type PhoneSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The message that tells every phone of a phase change: the bench sizes its bare broadcast after it. */
export const PHASE_CHANGE_EVENT: keyof ServerToClientEvents = 'session:state';

/** A refused command, or `no-answer` when its ack did not come in time (a lost ack). */
export type Failure = Omit<AckFailure, 'code'> & { code: ErrorCode | 'no-answer' };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

/** Receipt times (wall clock, see wire-meter.ts), taken as a message arrives, before it is applied. */
export type PhoneHooks = {
  /** A snapshot arrived: the first one, or after a reconnection. */
  snapshot?(at: number): void;
  /** The session's live state changed: a phase change, a pause, an extension. */
  state?(at: number): void;
  /** The view of the phone's table arrived (after any change at the table or of the stage). */
  table?(at: number): void;
  /** A rotation sent this phone somewhere (or the destination changed). */
  arrival?(at: number): void;
  /** The vote's progress ("28 of 41 have voted") arrived. */
  progress?(at: number): void;
  disconnect?(reason: string): void;
  connectError?(code: string): void;
};

export type PhoneOptions = {
  url: string;
  joinCode: string;
  /** A token kept from an earlier join: the phone comes back as the same participant. */
  token?: string | null;
  meter?: WireMeter;
  hooks?: PhoneHooks;
  /** How long a command waits for its ack before it counts as lost. */
  ackTimeoutMs?: number;
};

/** Where the session is, as a phone sees it. */
export type Moment = 'connecting' | 'guest' | 'lobby' | 'reflection' | 'sharing' | 'consolidation' | 'rotation' | 'plenary' | 'closed';

/** What a participant's behaviour needs to decide its next move, read from the phone's view. */
export type Situation = {
  moment: Moment;
  /** 0-based round of the current phase (or the one just finished, in a rotation). */
  round: number | null;
  language: Language;
  seated: boolean;
  /** My own notes of the current round, as of the last snapshot (acks do not update it: count them too). */
  notesThisRound: number;
  /** Shared notes and ideas at my table: what a +1 can go to. */
  targets: { id: string; mine: boolean; plusOned: boolean }[];
  /** After a rotation: the table to go to (1-based), until this phone has checked in. */
  destination: number | null;
};

/** An open vote: what can be voted on and how many dots one may place (in all, and on one item). */
export type Ballot = { itemIds: string[]; dotsPerPerson: number; maxDotsPerItem: number };

/** A plenary item as a phone shows it: what a person reads before voting or rating. */
export type ItemLabel = { id: string; label: string };

/** Effort × gain on this phone: the shortlisted items to rate, and the ones already rated (by id). */
export type Assessment = { items: ItemLabel[]; rated: Set<string> };

/** The consolidation as the table's host sees it: the shared notes (with their +1s) and the notes ideas already come from. */
export type Consolidation = { notes: { id: string; text: string; plusOnes: number }[]; sourced: Set<string> };

/** The restitution as its presenting host sees it: the table's ideas in order, and the one shown. */
export type Presentation = { ideaIds: string[]; highlightedIdeaId: string | null };

/** A rating of an item, whole points from 1 to 5. */
export type Rating = { gain: number; effort: number };

const noAnswer = (): Failure => ({ ok: false, code: 'no-answer', message: 'no ack within the timeout' });

async function settle<T extends object>(ack: Promise<Ack<T>>): Promise<Result<T>> {
  try {
    return await ack;
  } catch {
    return noAnswer();
  }
}

/** A phone: one Socket.io connection with its handshake, token and view of the session. */
export class SimPhone {
  readonly socket: PhoneSocket;
  view: Snapshot | null = null;
  token: string | null;
  participantId: string | null = null;
  deleted = false;
  /** The server refused the handshake for good (e.g. `not-found`: no such session). */
  refused: string | null = null;
  private readonly ackTimeoutMs: number;
  private readonly joinCommandId = newCommandId();
  private displayName: string | null = null;
  /** Connections left silent by `dropConnection` (the server has not given up on them yet). */
  private readonly silent: NetSocket[] = [];

  constructor(private readonly options: PhoneOptions) {
    this.token = options.token ?? null;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 30_000;
    this.socket = io(options.url, {
      // Read at every (re)connection, so that a reconnect uses the latest token.
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, joinCode: options.joinCode, ...(this.token ? { participantToken: this.token } : {}) }),
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    options.meter?.attach(this.socket.io, wallClock);
    this.listen(options.hooks ?? {});
  }

  private listen(hooks: PhoneHooks): void {
    const socket = this.socket;
    // The app's own subscription table: every server event becomes the action the pages apply.
    subscribe(socket, (action) => {
      const at = wallClock();
      switch (action.kind) {
        case 'snapshot':
          hooks.snapshot?.(at);
          this.view = action.snapshot;
          this.participantId = action.snapshot.me?.id ?? this.participantId;
          // Back as a guest after a join whose ack was lost (so no token was kept): the same join again
          // brings back the same participant, with a token.
          if (action.snapshot.role === 'guest' && this.displayName !== null) void this.join(this.displayName);
          return;
        case 'numbered':
        case 'table':
        case 'plus-ones':
        case 'whole': {
          if (action.kind === 'numbered' && action.broadcast.event === 'session:state') hooks.state?.(at);
          if (action.kind === 'table') hooks.table?.(at);
          if (action.kind === 'whole' && action.update.event === 'arrival:updated') hooks.arrival?.(at);
          if (action.kind === 'whole' && action.update.event === 'plenary:progress') hooks.progress?.(at);
          if (!this.view) return;
          const { view, gap } = applyToKept(this.view, action);
          if (gap) void this.sync();
          this.view = view;
          return;
        }
        case 'deleted':
          this.deleted = true;
          return;
      }
    });
    socket.on('disconnect', (reason) => hooks.disconnect?.(reason));
    socket.on('connect_error', (error) => {
      hooks.connectError?.(error.message);
      // A refusal by the server (not a network error) is not retried by Socket.io: decide here.
      if (error.message === 'unauthorised') {
        // The server no longer knows this token: come back as a guest, who may join again.
        this.token = null;
        this.view = null;
        setTimeout(() => this.socket.connect(), 1_000);
      } else if (error.message === 'not-found' || error.message === 'bad-protocol') {
        this.refused = error.message;
      }
    });
  }

  /** The server knows this phone as a participant (it joined, and its connection carries the token). */
  get joined(): boolean {
    return this.view?.role === 'participant';
  }

  private get timed() {
    return this.socket.timeout(this.ackTimeoutMs);
  }

  /** Resolves once the first snapshot is here (the server accepted the handshake). */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.view) {
      if (this.refused) throw new Error(`refused: ${this.refused}`);
      if (Date.now() > deadline) throw new Error('no snapshot in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Joins with a display name; keeps the token for every later (re)connection. Every call sends the
   * same command id, so a retry after a lost ack brings back the same participant, never a second one.
   */
  async join(displayName: string): Promise<Result<{ participantId: string }>> {
    this.displayName = displayName;
    const ack = await settle(this.timed.emitWithAck('participant:join', { commandId: this.joinCommandId, displayName }));
    if (!ack.ok) return ack;
    this.token = ack.participantToken;
    this.participantId = ack.participantId;
    return { ok: true, participantId: ack.participantId };
  }

  /**
   * Sits at table `number` (1-based), as scanning the table's QR does (its host link with `hostKey`);
   * after a rotation it is also the check-in.
   */
  takeSeat(number: number, hostKey?: string): Promise<Result<{ tableId: string }>> {
    return settle(this.timed.emitWithAck('seat:take', { commandId: newCommandId(), table: number, ...(hostKey ? { hostKey } : {}) }));
  }

  /** A private note during the reflection. */
  addNote(text: string): Promise<Result> {
    return settle(this.timed.emitWithAck('note:add', { commandId: newCommandId(), noteId: newCommandId(), text }));
  }

  /** +1 (or take it back) on a shared note or an idea of my table. */
  plusOne(targetId: string, on: boolean): Promise<Result> {
    return settle(this.timed.emitWithAck('reaction:set', { commandId: newCommandId(), targetId, on }));
  }

  /** "I'm here" at the table a rotation sent me to. */
  checkIn(): Promise<Result> {
    return settle(this.timed.emitWithAck('seat:check-in', { commandId: newCommandId() }));
  }

  /** Puts exactly `dots` of my dots on a plenary item (0 takes them back); the ack carries my whole allocation. */
  async setDots(itemId: string, dots: number): Promise<Result<{ dots: Record<string, number> }>> {
    const ack = await settle(this.timed.emitWithAck('vote:set', { commandId: newCommandId(), itemId, dots }));
    if (ack.ok) this.keepMine({ dots: ack.dots });
    return ack;
  }

  /** Moves one of my dots from an item to another, in one step; the ack carries my whole allocation. */
  async moveDot(fromId: string, toId: string): Promise<Result<{ dots: Record<string, number> }>> {
    const ack = await settle(this.timed.emitWithAck('vote:move', { commandId: newCommandId(), fromId, toId }));
    if (ack.ok) this.keepMine({ dots: ack.dots });
    return ack;
  }

  /** Rates a shortlisted item (null takes the rating back); the ack carries all my ratings. */
  async rate(itemId: string, rating: Rating | null): Promise<Result<{ ratings: Record<string, Rating> }>> {
    const ack = await settle(this.timed.emitWithAck('rating:set', { commandId: newCommandId(), itemId, rating }));
    if (ack.ok) this.keepMine({ ratings: ack.ratings });
    return ack;
  }

  /** As the table's host, during the consolidation: one of the table's ideas, from some of its shared notes. */
  addIdea(text: string, sourceNoteIds: string[]): Promise<Result> {
    return settle(this.timed.emitWithAck('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text, sourceNoteIds }));
  }

  /** As the presenting table's host: highlights one of its ideas on every screen (null: none). */
  showIdea(ideaId: string | null): Promise<Result> {
    return settle(this.timed.emitWithAck('restitution:show', { commandId: newCommandId(), ideaId }));
  }

  /**
   * An ack's whole allocation or ratings, kept at once: `plenary:mine` brings the same value a
   * moment later, and a behaviour that looks again before it would otherwise place a dot twice.
   */
  private keepMine(part: Partial<MyPlenary>): void {
    if (!this.view) return;
    const mine = this.view.myPlenary ?? { dots: {}, ratings: {} };
    this.view = { ...this.view, myPlenary: { ...mine, ...part } };
  }

  /** The plenary's items by id with their labels (names or idea texts), in order. */
  items(ids?: readonly string[]): ItemLabel[] {
    const items = this.view?.plenary?.items ?? [];
    if (!ids) return items.map(({ id, label }) => ({ id, label }));
    const byId = new Map(items.map((i) => [i.id, i.label]));
    return ids.flatMap((id) => {
      const label = byId.get(id);
      return label === undefined ? [] : [{ id, label }];
    });
  }

  /** My dots on the items that exist now (dots left behind on a deleted item do not count). */
  myDots(): Map<string, number> {
    const dots = this.view?.myPlenary?.dots ?? {};
    return new Map(this.items().flatMap(({ id }) => (dots[id] ? [[id, dots[id]] as const] : [])));
  }

  /** Effort × gain as this phone sees it: null unless it is the assessment step and everyone rates. */
  assessment(): Assessment | null {
    const view = this.view;
    const stage = view?.live.stage;
    if (!this.joined || !view?.plenary || stage?.kind !== 'plenary' || stage.step !== 'assessment') return null;
    if (view.session.plenary.ratedBy !== 'everyone') return null;
    return { items: this.items(view.plenary.shortlist), rated: new Set(Object.keys(view.myPlenary?.ratings ?? {})) };
  }

  /** The consolidation as this phone sees it: null unless it is the consolidation and this phone hosts its table. */
  consolidation(): Consolidation | null {
    const view = this.view;
    const me = view?.me;
    const table = view?.table;
    const stage = view?.live.stage;
    if (!this.joined || !me || stage?.kind !== 'phase' || stage.phase !== 'consolidation') return null;
    if (!table || table.tableId !== me.tableId || table.hostId !== me.id) return null;
    return {
      notes: table.notes.map(({ id, text, plusOnes }) => ({ id, text, plusOnes })),
      sourced: new Set(table.ideas.filter((i) => i.round === stage.round).flatMap((i) => i.sourceNoteIds)),
    };
  }

  /**
   * The restitution as the presenting host sees it, as the phone page decides (the table presenting
   * is mine and I host it); null for everyone else and outside a table's slot.
   */
  presentation(): Presentation | null {
    const view = this.view;
    const restitution = view?.plenary?.restitution;
    const me = view?.me;
    if (!this.joined || !restitution || !me || view.live.stage.kind !== 'plenary' || view.live.stage.step !== 'restitution') return null;
    const table = view.table;
    if (!table || table.tableId !== me.tableId || me.tableId !== restitution.table.id || table.hostId !== me.id) return null;
    return { ideaIds: restitution.rounds.flatMap((r) => r.ideas.map((i) => i.id)), highlightedIdeaId: restitution.highlightedIdeaId };
  }

  /** The dot vote as this phone sees it: null unless it is open, with the items and the rules. */
  ballot(): Ballot | null {
    const plenary = this.view?.plenary;
    if (!this.joined || !this.view || plenary?.vote.status !== 'open') return null;
    const { dotsPerPerson, maxDotsPerItem } = this.view.session.plenary;
    return { itemIds: plenary.items.map((i) => i.id), dotsPerPerson, maxDotsPerItem };
  }

  /**
   * The Wi-Fi drops under the phone: its connection goes silent — nothing read, nothing said, as when
   * a phone leaves the network — and Socket.io opens a new one, as a real phone's does. The server
   * learns that the old one is gone only when its pings go unanswered (~45 s), as after a real drop.
   */
  dropConnection(): void {
    const manager = this.socket.io as unknown as { engine?: { transport?: unknown }; onclose(reason: string): void };
    const tcp = (manager.engine?.transport as { ws?: { _socket?: NetSocket } } | undefined)?.ws?._socket;
    if (!tcp) return;
    tcp.pause();
    this.silent.push(tcp);
    // Socket.io's own way out of a lost connection, without the goodbye it would send on this one.
    manager.engine = undefined;
    manager.onclose('transport close');
  }

  /** A fresh snapshot, without replacing the view (to compare them); null if refused or unanswered. */
  async freshSnapshot(): Promise<Snapshot | null> {
    const ack = await settle(this.timed.emitWithAck('session:sync', {}));
    return ack.ok ? ack.snapshot : null;
  }

  /** Replaces the view with a fresh snapshot (after a missed broadcast). */
  async sync(): Promise<void> {
    const ack = await settle(this.timed.emitWithAck('session:sync', {}));
    if (ack.ok) this.view = ack.snapshot;
  }

  /** The phone's view, read for a participant's behaviour. */
  situation(): Situation {
    const view = this.view;
    const language = view?.session.language ?? 'en';
    const none = { round: null, language, seated: false, notesThisRound: 0, targets: [], destination: null };
    if (this.deleted) return { moment: 'closed', ...none };
    if (!view) return { moment: 'connecting', ...none };
    if (view.role !== 'participant' || !view.me) return { moment: 'guest', ...none };
    const { stage } = view.live;
    const moment: Moment = stage.kind === 'phase' ? stage.phase : stage.kind;
    const round = stage.kind === 'phase' ? stage.round : stage.kind === 'rotation' ? stage.afterRound : null;
    const table = view.table && view.table.tableId === view.me.tableId ? view.table : null;
    const mine = new Set(view.myNotes?.map((n) => n.id));
    const plusOned = new Set(view.myPlusOnes);
    const targets = [
      ...(table?.notes ?? []).map((n) => ({ id: n.id, mine: mine.has(n.id), plusOned: plusOned.has(n.id) })),
      ...(table?.ideas ?? []).map((i) => ({ id: i.id, mine: false, plusOned: plusOned.has(i.id) })),
    ];
    const arrival = view.arrival;
    const destination = arrival && !arrival.checkedIn ? arrival.table.number : null;
    const notesThisRound = (view.myNotes ?? []).filter((n) => n.round === round).length;
    return { moment, round, language, seated: view.me.tableId !== null, notesThisRound, targets, destination };
  }

  close(): void {
    this.socket.close();
    for (const tcp of this.silent.splice(0)) tcp.destroy();
  }
}
