/**
 * The organiser's side of the protocol, as the load bench and the rehearsal use it: sign in,
 * create a session, drive it (phases, seating, rotation) and keep the organiser's view.
 * With phone-protocol.ts, the only files here that know event names and payloads.
 */
import { io, type Socket } from 'socket.io-client';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import type { Language } from '@/lib/i18n/locales';
import { newCommandId } from '@/lib/realtime/command-id';
import {
  ORGANISER_COOKIE,
  PROTOCOL_VERSION,
  TABLE_COLOURS,
  type Ack,
  type ClientToServerEvents,
  type ControlPayload,
  type ServerToClientEvents,
  type SessionDraft,
  type Snapshot,
} from '@/lib/realtime/contract';
import { subscribe } from '@/lib/realtime/subscriptions';
import { applyToKept } from './kept-view';
import type { Failure, Result } from './phone-protocol';
import { wallClock, type WireMeter } from './wire-meter';

type OrganiserSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function settle<T extends object>(ack: Promise<Ack<T>>): Promise<Result<T>> {
  try {
    return await ack;
  } catch {
    const failure: Failure = { ok: false, code: 'no-answer', message: 'no ack within the timeout' };
    return failure;
  }
}

/** Signs in with the organiser's password over HTTP and returns the cookie header to send. */
export async function signIn(baseUrl: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  const cookie = /tournee_organiser=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (response.status !== 204 || !cookie) throw new Error(`sign-in failed (${response.status})`);
  return cookie.startsWith(`${ORGANISER_COOKIE}=`) ? cookie : `${ORGANISER_COOKIE}=${cookie}`;
}

export type DraftOptions = {
  title: string;
  language: Language;
  tables: number;
  rounds: number;
  phaseMs: { reflection: number; sharing: number; consolidation: number };
  /** The plenary's programme (the default: every step, vote on workstreams). */
  plenary?: SessionDraft['plenary'];
};

const QUESTIONS: Record<Language, string[]> = {
  fr: [
    'Qu’est-ce qui marche bien aujourd’hui ?',
    'Que faudrait-il changer en premier ?',
    'Qu’est-ce qu’on pourrait tester dès le mois prochain ?',
    'De quoi aurions-nous besoin pour y arriver ?',
  ],
  en: ['What works well today?', 'What should we change first?', 'What could we try as soon as next month?', 'What would we need to get there?'],
};

/** A session draft for a simulated café: manual phases (the organiser moves on), numbered tables. */
export function cafeDraft({ title, language, tables, rounds, phaseMs, plenary }: DraftOptions): SessionDraft {
  const questions = QUESTIONS[language];
  return {
    title,
    purpose: language === 'fr' ? 'Une répétition avec des participants simulés.' : 'A rehearsal with simulated participants.',
    language,
    anonymous: false,
    autoAdvance: false,
    rounds: Array.from({ length: rounds }, (_, r) => ({
      question: questions[r % questions.length] ?? 'What matters?',
      reflectionMs: phaseMs.reflection,
      sharingMs: phaseMs.sharing,
      consolidationMs: phaseMs.consolidation,
    })),
    tables: Array.from({ length: tables }, (_, t) => ({ name: `Table ${t + 1}`, colour: TABLE_COLOURS[t % TABLE_COLOURS.length] ?? 'grey' })),
    speakingTurnMs: null,
    minPerTable: null,
    maxPerTable: null,
    plenary: structuredClone(plenary ?? DEFAULT_PLENARY),
  };
}

function connect(url: string, cookie: string, sessionId?: string): OrganiserSocket {
  return io(url, {
    auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...(sessionId ? { sessionId } : {}) }),
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie },
  });
}

/** Creates a session (on a socket of its own, unbound) and returns its id. */
export async function createSession(url: string, cookie: string, draft: SessionDraft): Promise<string> {
  const socket = connect(url, cookie);
  try {
    const ack = await settle(socket.timeout(30_000).emitWithAck('session:create', { commandId: newCommandId(), draft }));
    if (!ack.ok) throw new Error(`session:create refused: ${ack.code} ${ack.message}`);
    return ack.sessionId;
  } finally {
    socket.close();
  }
}

/** The organiser's console, bound to one session. */
export class SimOrganiser {
  readonly socket: OrganiserSocket;
  view: Snapshot | null = null;
  /** Why the connection dropped, each time it did (it reconnects by itself). */
  readonly disconnects: Record<string, number> = {};

  constructor(url: string, cookie: string, sessionId: string, meter?: WireMeter) {
    this.socket = connect(url, cookie, sessionId);
    meter?.attach(this.socket.io, wallClock);
    const socket = this.socket;
    socket.on('disconnect', (reason) => (this.disconnects[reason] = (this.disconnects[reason] ?? 0) + 1));
    // The app's own subscription table: the console applies every event the same way.
    subscribe(socket, (action) => {
      if (action.kind === 'snapshot') this.view = action.snapshot;
      else if (!this.view || action.kind === 'deleted' || action.kind === 'removed') return;
      else {
        const { view, gap } = applyToKept(this.view, action);
        if (gap) void this.sync();
        this.view = view;
      }
    });
  }

  private get timed() {
    return this.socket.timeout(120_000);
  }

  async ready(timeoutMs = 60_000): Promise<Snapshot> {
    const deadline = Date.now() + timeoutMs;
    while (!this.view) {
      if (Date.now() > deadline) throw new Error('the organiser got no snapshot');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.view;
  }

  control(action: Exclude<ControlPayload['action'], 'extend'>): Promise<Result<{ seq: number }>> {
    return settle(this.timed.emitWithAck('session:control', { commandId: newCommandId(), action }));
  }

  /** "Fill tables": everyone unseated sits at the smallest tables. */
  fill(): Promise<Result<{ seated: number }>> {
    return settle(this.timed.emitWithAck('seat:fill', { commandId: newCommandId() }));
  }

  /** Plans the next round's seating; returns how many people it moves. */
  async planRotation(seed: number): Promise<Result<{ movers: number }>> {
    const ack = await settle(this.timed.emitWithAck('rotation:plan', { commandId: newCommandId(), seed }));
    return ack.ok ? { ok: true, movers: ack.rotation.seats.length } : ack;
  }

  applyRotation(): Promise<Result<{ moved: number }>> {
    return settle(this.timed.emitWithAck('rotation:apply', { commandId: newCommandId() }));
  }

  /** A new, empty workstream (an item of a vote on workstreams). */
  createWorkstream(name: string): Promise<Result> {
    return settle(this.timed.emitWithAck('workstream:create', { commandId: newCommandId(), workstreamId: newCommandId(), name }));
  }

  /** Closes the dot vote: the ranking goes to everyone. */
  closeVote(): Promise<Result> {
    return settle(this.timed.emitWithAck('vote:close', { commandId: newCommandId() }));
  }

  /** Dots in the closed vote's ranking, all items together (null while it is not revealed). */
  talliedDots(): number | null {
    const ranking = this.view?.plenary?.vote.ranking;
    return ranking ? ranking.reduce((sum, item) => sum + item.dots, 0) : null;
  }

  /** The projector's view key, from the organiser's screen link. */
  screenKey(): string | null {
    return this.view?.screenUrl?.split('/').pop() ?? null;
  }

  /** A clock sample's round trip (what the console sends to keep its timers right). */
  ping(): Promise<Result<{ clientTime: number; serverTime: number }>> {
    return settle(this.timed.emitWithAck('time:ping', { clientTime: Date.now() }));
  }

  /** A fresh snapshot of everything the organiser sees. */
  sync(): Promise<Result<{ snapshot: Snapshot }>> {
    return settle(this.timed.emitWithAck('session:sync', {}));
  }

  /** Movers who reached their table after the last rotation, and how many there are. */
  checkIns(): { checkedIn: number; total: number } | null {
    const moving = this.view?.moving;
    return moving ? { checkedIn: moving.checkedIn, total: moving.total } : null;
  }

  /** Where the café is, in the words a console shows. */
  stageLabel(): string {
    const stage = this.view?.live.stage;
    if (!stage) return 'connecting';
    if (stage.kind === 'phase') return `round ${stage.round + 1}, ${stage.phase}`;
    if (stage.kind === 'rotation') return `rotation after round ${stage.afterRound + 1}`;
    return stage.kind;
  }

  close(): void {
    this.socket.close();
  }
}
