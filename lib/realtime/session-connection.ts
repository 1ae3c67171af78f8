/**
 * A page's (or a test's) live session over one socket: snapshot, then numbered broadcasts through
 * the shared reducer (a gap asks for a snapshot, and what arrives meanwhile waits), the latest
 * view of each table, whole values, an estimate of the server's clock, and commands with acks,
 * a timeout and one retry. Plain code with no React: the hook and the test client wrap it.
 */
import { applyBroadcast, applyPlusOnes, applyTableView, applyWholeValue, withPlusOnes, type Broadcast } from './client-state';
import { CLOCK_SAMPLES, estimateClockOffset, type ClockSample } from './clock-offset';
import { ERROR_CODES, type ErrorCode, type PlusOnesBroadcast, type Snapshot, type TableView } from './contract';
import { emitCommand, type AckFailure, type CommandAck, type CommandName, type CommandPayload } from './emit-command';
import { subscribe, type ClientSocket, type SessionAction } from './subscriptions';

export type SocketStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed';

export type ConnectionState = {
  status: SocketStatus;
  /** Why the server refused the connection, when it did. */
  error: ErrorCode | null;
  view: Snapshot | null;
  deleted: boolean;
  /** The organiser removed this participant (the phone then comes back as a guest). */
  removed: boolean;
};

/** How long a command waits for its ack before it counts as failed (it may still arrive: ids make retries safe). */
export const COMMAND_TIMEOUT_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

const noAnswer = (): AckFailure => ({ ok: false, code: 'internal', message: 'no answer from the server' });

export class SessionConnection {
  private state: ConnectionState = { status: 'connecting', error: null, view: null, deleted: false, removed: false };
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private everConnected = false;
  private syncing = false;
  private queued: Broadcast[] = [];
  /** The latest view of each table (not numbered in the session's sequence): laid again over every new snapshot. */
  private readonly tableViews = new Map<string, TableView>();
  /** The console asked for the people's list: fetched again after every new snapshot. */
  private wantsParticipants = false;
  /** The table the console has opened: watched again after every new snapshot. */
  private watching: string | null = null;
  private offsetMs: number | null = null;
  private guessMs = 0;
  /** How many times a gap in the sequence made this connection ask for a snapshot. */
  gaps = 0;

  constructor(
    readonly socket: ClientSocket,
    private readonly clock: () => number = Date.now,
  ) {
    this.unsubscribe = subscribe(socket, (action) => this.dispatch(action));
    socket.on('connect', () => {
      this.everConnected = true;
      this.update({ status: 'connected', error: null });
      void this.measureClock();
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      this.update({ status: 'reconnecting' });
      // The server closed this socket on purpose (e.g. a restart): Socket.io does not retry by itself then.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (err) => {
      // Refused by the server's middleware: retrying will not help.
      if (!socket.active) this.update({ error: isErrorCode(err.message) ? err.message : 'internal', status: 'failed' });
      else this.update({ status: this.everConnected ? 'reconnecting' : 'connecting' });
    });
  }

  getState = (): ConnectionState => this.state;

  /** Calls `listener` after every change of the state; returns the unsubscription. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The server's clock, estimated. */
  serverNow = (): number => this.clock() + (this.offsetMs ?? this.guessMs);

  /** Sends a command; a timed-out one is sent once more with the same payload (same commandId: applied once). */
  send = async <E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        return await emitCommand(this.socket, event, payload, COMMAND_TIMEOUT_MS);
      } catch {
        // timed out: try again once
      }
    }
    return noAnswer();
  };

  /** Console: fetches everyone who joined once, and keeps the list current from then on (also after a reconnect). */
  loadParticipants = async (): Promise<void> => {
    this.wantsParticipants = true;
    if (this.state.view?.participants) return;
    const ack = await this.send('participants:list', {});
    const view = this.state.view;
    if (ack.ok && view && !view.participants) this.update({ view: { ...view, participants: ack.participants } });
  };

  /** Console: opens one table (null closes it): its view now, and its changes from then on. */
  watch = async (tableId: string | null): Promise<void> => {
    this.watching = tableId;
    const ack = await this.send('table:watch', { tableId });
    if (ack.ok && ack.view) this.receiveTable(ack.view);
  };

  /** Connects again after a refusal (the handshake's `auth` is read again). */
  reconnect = (): void => {
    this.update({ error: null, status: 'connecting' });
    this.socket.connect();
  };

  close(): void {
    this.unsubscribe();
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private update(change: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private withTables(view: Snapshot): Snapshot {
    return [...this.tableViews.values()].reduce((kept, table) => applyTableView(kept, table), view);
  }

  /** The moves the console was told about are not in any snapshot: keep them over a new one. */
  private withRecentMoves(snapshot: Snapshot): Snapshot {
    const kept = this.state.view?.recentMoves;
    return kept && this.state.view?.session.id === snapshot.session.id ? { ...snapshot, recentMoves: kept } : snapshot;
  }

  private dispatch(action: SessionAction): void {
    switch (action.kind) {
      case 'snapshot':
        this.guessMs = action.snapshot.serverTime - this.clock();
        this.update({ view: this.withTables(this.withRecentMoves(action.snapshot)) });
        // A new snapshot carries neither: ask again for what the console shows.
        if (action.snapshot.role === 'organiser' && this.wantsParticipants) void this.loadParticipants();
        if (action.snapshot.role === 'organiser' && this.watching) void this.watch(this.watching);
        return;
      case 'numbered':
        return this.receive(action.broadcast);
      case 'table':
        return this.receiveTable(action.view);
      case 'plus-ones':
        return this.receivePlusOnes(action.message);
      case 'whole':
        if (this.state.view) this.update({ view: applyWholeValue(this.state.view, action.update) });
        return;
      case 'deleted':
        return this.update({ deleted: true });
      case 'removed':
        return this.update({ removed: true });
    }
  }

  private receive(broadcast: Broadcast): void {
    const current = this.state.view;
    if (!current) return;
    if (this.syncing) {
      this.queued.push(broadcast);
      return;
    }
    const result = applyBroadcast(current, broadcast);
    if (result.status === 'applied') this.update({ view: this.withTables(result.view) });
    else if (result.status === 'gap') void this.sync();
  }

  private receivePlusOnes(message: PlusOnesBroadcast): void {
    // The kept view too: it is applied again over later snapshots (the console's has no table content).
    const known = this.tableViews.get(message.tableId);
    if (known) this.tableViews.set(message.tableId, withPlusOnes(known, message));
    if (this.state.view) this.update({ view: applyPlusOnes(this.state.view, message) });
  }

  private receiveTable(table: TableView): void {
    const known = this.tableViews.get(table.tableId);
    if (known && known.tableSeq > table.tableSeq) return;
    this.tableViews.set(table.tableId, table);
    const current = this.state.view;
    if (!current) return;
    const next = applyTableView(current, table, { replaceEqual: true });
    if (next !== current) this.update({ view: next });
  }

  private async sync(): Promise<void> {
    this.syncing = true;
    this.gaps += 1;
    try {
      const ack = await emitCommand(this.socket, 'session:sync', {}, COMMAND_TIMEOUT_MS);
      if (ack.ok) this.dispatch({ kind: 'snapshot', snapshot: ack.snapshot });
    } catch {
      // No answer: the next broadcast or the reconnect snapshot repairs the view.
    } finally {
      this.syncing = false;
      const pending = this.queued;
      this.queued = [];
      pending.forEach((broadcast) => this.receive(broadcast));
    }
  }

  private async measureClock(): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < CLOCK_SAMPLES && this.socket.connected; i++) {
      try {
        const clientSentAt = this.clock();
        const ack = await emitCommand(this.socket, 'time:ping', { clientTime: clientSentAt }, PING_TIMEOUT_MS);
        if (ack.ok) samples.push({ clientSentAt, serverTime: ack.serverTime, clientReceivedAt: this.clock() });
      } catch {
        break;
      }
    }
    const estimate = estimateClockOffset(samples);
    if (estimate) this.offsetMs = estimate.offsetMs;
  }
}
