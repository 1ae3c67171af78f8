/** What one run of the load bench measures (written to bench/results/load.json; docs/bench.md reads it). */
import type { WireCount } from '@/bench/sim/wire-meter';
import type { Summary } from './stats';

/** What all phones (and, apart, the organiser) received after one action, until the traffic settled. */
export type ActionTraffic = {
  action: string;
  ok: boolean;
  code: string | null;
  ackMs: number;
  phones: WireCount;
  organiser: WireCount;
  serverCpuS: number;
};

export type PhaseChange = {
  traffic: ActionTraffic;
  /** Organiser's `session:control` sent → each phone's `session:state` received. */
  fanout: Summary | null;
  /**
   * The same, until each phone's table view is current: its first `table:view` after the change, or
   * its `session:state` where the server sent no view because the table shows the same as before.
   */
  tableView: Summary | null;
  missingState: number;
  /** Phones that got the state but no new view: their table shows the same (checked on a sample). */
  unchangedViews: number;
  /** The sample of those phones that asked for a fresh snapshot; `stale`: kept views it disagreed with. */
  viewChecks: { checked: number; stale: number };
  /** The bare server's broadcast of a message of the same size, just after. */
  bare: { payloadBytes: number; fanout: Summary | null; missing: number };
  /**
   * Where the change sent table views: the bare server's state to every phone then a message of the
   * views' mean size to each table's worth of phones, each phone timed until its table's message
   * (the floor of `tableView` on this machine). Null where no view was sent.
   */
  bareViews: { fanout: Summary | null; missing: number } | null;
  /**
   * When the server had written, after the organiser's command: the state to every socket, and the
   * last table view (null: none sent). The phones' delays beyond these are their processes' share.
   */
  serverWrote: { stateMs: number | null; lastViewMs: number | null };
  /**
   * Where the change sent table views, the CPU it took (ms): the server's from just before the
   * organiser's command until it had written its last view; the phones' processes' (all together)
   * from just before it until asked, once the traffic had settled. The same for the bare server's
   * state and views, both until every phone had its message. Where the server shares the machine's
   * CPUs with the phones, the last view cannot be read sooner than all of it divided by the CPUs.
   * `serverThread` and `bareServerThread`: of it, the server's event-loop thread alone until its last
   * send (without V8's collector threads): how long a core of its own would need to send every view.
   * Null where no view was sent.
   */
  cpuMs: {
    server: number | null;
    serverThread: number | null;
    phones: number;
    bareServer: number | null;
    bareServerThread: number | null;
    barePhones: number;
  } | null;
};

/**
 * Writes at a target rate. `wallS`: from the first write to the last ack; `serverCpuS`: the server's
 * CPU over the window and until the traffic settled (far below `wallS` under a long queue: waiting, not computing).
 */
export type WriteWindow = {
  targetRatePerS: number;
  achievedRatePerS: number;
  ack: Summary | null;
  sent: number;
  skipped: number;
  failures: Record<string, number>;
  serverCpuS: number;
  wallS: number;
  /** How late the event loops ran during the window, p99 (NaN where unknown): the server's, and the worst client process's. */
  loopDelayP99Ms: { server: number; clients: number };
};

/** The plenary's dot vote: every phone places all its dots over the window (docs/bench.md, "Plenary vote"). */
export type VoteResult = {
  items: number;
  windowMs: number;
  /** From the first dot sent to the last ack. */
  wallS: number;
  /** Entering the vote step (it opens the vote): what it sent. */
  open: ActionTraffic;
  /** `unopened`: joined phones the open vote never reached. */
  dots: { sent: number; ack: Summary | null; failures: Record<string, number>; unopened: number };
  /** The projector's `plenary:progress`: in all, the most in one second and the mean per second of the window. */
  projector: { messages: number; maxPerSecond: number; meanPerSecond: number };
  /** Everything every phone received from the first dot until the traffic settled. */
  phones: WireCount;
  /** Phones' `plenary:progress`: per phone per second on average, and the most one phone received in one second. */
  phoneProgress: { meanPerPhonePerSecond: number; maxPerPhonePerSecond: number };
  organiser: WireCount;
  serverCpuS: number;
  /** How late each event loop ran over the window: the server's, and the worst client process's (ms). */
  loopDelayP99Ms: { server: number; clients: number };
  loopDelayMaxMs: { server: number; clients: number };
  close: ActionTraffic;
  /** Dots in the ranking revealed at the close (null: not revealed). */
  tallied: number | null;
};

export type RunResult = {
  phones: number;
  tables: number;
  processes: number;
  /** The CPUs the servers were pinned to, the phones on the others (null: not pinned). */
  serverCpus: number[] | null;
  durationS: number;
  join: { ratePerS: number; durationMs: number; ack: Summary | null; failures: Record<string, number> };
  actions: Record<'join' | 'seat:take' | 'reaction:set' | 'seat:fill' | 'rotation:apply', ActionTraffic>;
  phaseChanges: PhaseChange[];
  fanout: { tournee: Summary | null; bare: Summary | null; ratioP50: number; ratioP99: number };
  /** `tournee`: every phone's table view current, pooled over the changes; `bare`: the same from the bare server (`bareViews`, or its broadcast where no view was sent). */
  tableView: { tournee: Summary | null; bare: Summary | null };
  writes: { note: WriteWindow; plusOne: WriteWindow };
  sweep: { steps: WriteWindow[]; passes100MsAt: number | null; highestTried: number };
  rotation: {
    planMs: number;
    movers: number;
    apply: ActionTraffic;
    /** `untold`: joined phones that never learned their destination (so never checked in). */
    checkIn: { count: number; untold: number; durationMs: number; ack: Summary | null; failures: Record<string, number>; traffic: ActionTraffic };
  };
  organiserSnapshotBytes: number;
  vote: VoteResult;
  wifiDrop: WifiDrop;
  /** `memory`: the server's resident memory after each step (where the peak is reached). */
  server: { peakRssMb: number; cpuS: number; errorLines: string[]; memory: MemoryMark[] };
  bareServer: { cpuS: number };
  clients: { cpuS: number };
  errors: {
    disconnects: Record<string, number>;
    connectErrors: Record<string, number>;
    failedAcks: Record<string, number>;
    missingReceipts: number;
    /** Views kept through a stage change (none sent: unchanged) that a fresh snapshot disagreed with. */
    staleViews: number;
    /** Steps after which the traffic had not settled within SETTLE_LIMIT_MS. */
    unsettled: string[];
    organiserDisconnects: Record<string, number>;
    unjoined: number;
    unseated: number;
    /** Phones with no new snapshot within 2 minutes of the Wi-Fi drop. */
    notBackAfterDrop: number;
  };
};

/**
 * The venue's Wi-Fi drops (wifi-drop.ts). `back`: each phone, from the drop to its new snapshot;
 * `organiserPing`: the console's clock samples meanwhile; `traffic`: what the phones received.
 */
export type WifiDrop = {
  traffic: ActionTraffic;
  back: Summary | null;
  notBack: number;
  durationMs: number;
  organiserPing: Summary | null;
  /** Each answered ping's send to the server's answer, by the server's clock: its share of the round trip (the rest is the way back, read by the console's own process). */
  pingAnswered: Summary | null;
  pingFailures: number;
  serverLoopDelayP99Ms: number;
};

/** The steps after which the server's memory is noted, in their order. */
export const MEMORY_STEPS = [
  'start (every phone connected)',
  'the joins',
  'seating and the start',
  'the notes and +1s',
  'the sweep',
  'the rotation',
  'the vote',
  'the Wi-Fi drop',
] as const;

/**
 * The server's memory after a step of the run, in MiB: resident (now, and its peak so far), and
 * the process's own account — V8's heap in use and reserved, memory outside it held by JavaScript
 * objects (`external`, of which `arrayBuffers`: sockets' buffers). NaN where it did not answer.
 */
export type MemoryMark = {
  after: (typeof MEMORY_STEPS)[number];
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
};
