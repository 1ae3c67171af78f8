/** The load bench's printed table: one per size, each figure the median of the runs [min–max]. */
import { MEMORY_STEPS, type ActionTraffic, type PhaseChange, type RunResult } from './run-result';
import { median } from './stats';

/** `met`: the row's target, checked on the printed (median) figure. */
type Row = { label: string; unit: string; value: (run: RunResult) => number; digits?: number; met?: (value: number) => boolean } | { heading: string };

const kb = (bytes: number) => bytes / 1024;
const perPhone = (traffic: ActionTraffic, run: RunResult) => traffic.phones.messages / run.phones;

/** Bytes per action: every phone's received bytes added up, then the organiser's apart. */
function actionRows(name: string, pick: (run: RunResult) => ActionTraffic): Row[] {
  return [
    { label: `${name}: messages to all phones`, unit: 'msg', value: (r) => pick(r).phones.messages },
    { label: `${name}: bytes to all phones`, unit: 'KB', value: (r) => kb(pick(r).phones.bytes), digits: 1 },
    { label: `${name}: bytes to the organiser`, unit: 'KB', value: (r) => kb(pick(r).organiser.bytes), digits: 1 },
  ];
}

const meanPhaseChange = (run: RunResult, of: (t: ActionTraffic) => number) =>
  run.phaseChanges.reduce((sum, p) => sum + of(p.traffic), 0) / Math.max(1, run.phaseChanges.length);

const dotAck = (r: RunResult) => r.vote.dots.ack;
/** A figure of each phase change where it was measured (absent from older results, null where it does not apply). */
function phaseFigures(r: RunResult, of: (change: PhaseChange) => number | null | undefined): number[] {
  return r.phaseChanges.map(of).filter((v) => v != null);
}

/** Their mean, or NaN for none (nothing measured, or an older result). */
const meanOf = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
/** Their largest, or NaN for none. */
const mostOf = (values: number[]) => (values.length > 0 ? Math.max(...values) : NaN);

/** When the server finished writing something after each phase change. */
const serverWrote = (r: RunResult, of: (w: PhaseChange['serverWrote']) => number | null) => phaseFigures(r, (p) => p.serverWrote && of(p.serverWrote));

/** A CPU figure of each phase change that sent views. */
const viewsCpu = (r: RunResult, of: (cpu: NonNullable<PhaseChange['cpuMs']>) => number | null) => phaseFigures(r, (p) => p.cpuMs && of(p.cpuMs));

const VOTE_ROWS: Row[] = [
  { heading: 'plenary vote (every phone places its 5 dots one by one, at random over the window)' },
  { label: 'dots placed (vote:set sent)', unit: '', value: (r) => r.vote.dots.sent },
  { label: 'dot ack p50', unit: 'ms', value: (r) => dotAck(r)?.p50 ?? NaN, digits: 1 },
  { label: 'dot ack p95', unit: 'ms', value: (r) => dotAck(r)?.p95 ?? NaN, digits: 1 },
  { label: 'dot ack p99 (target ≤ 100)', unit: 'ms', value: (r) => dotAck(r)?.p99 ?? NaN, digits: 1, met: (v) => v <= 100 },
  { label: 'dot ack max', unit: 'ms', value: (r) => dotAck(r)?.max ?? NaN, digits: 1 },
  { label: 'dots refused or acks lost (target 0)', unit: '', value: (r) => sum(r.vote.dots.failures), met: (v) => v === 0 },
  { label: 'phones the open vote never reached (target 0)', unit: '', value: (r) => r.vote.dots.unopened, met: (v) => v === 0 },
  {
    label: 'dots in the ranking − dots acknowledged (target 0)',
    unit: '',
    value: (r) => (r.vote.tallied ?? NaN) - (dotAck(r)?.count ?? 0),
    met: (v) => v === 0,
  },
  { label: 'projector: progress in one second, max (target ≤ 5)', unit: 'msg/s', value: (r) => r.vote.projector.maxPerSecond, met: (v) => v <= 5 },
  { label: 'projector: progress messages per second, mean', unit: 'msg/s', value: (r) => r.vote.projector.meanPerSecond, digits: 2 },
  {
    label: 'phones: progress per phone per second, mean (target ≤ 1)',
    unit: 'msg/s',
    value: (r) => r.vote.phoneProgress.meanPerPhonePerSecond,
    digits: 2,
    met: (v) => v <= 1,
  },
  {
    label: 'phones: progress at one phone in 1 s, max (target ≤ 2)',
    unit: 'msg/s',
    value: (r) => r.vote.phoneProgress.maxPerPhonePerSecond,
    met: (v) => v <= 2,
  },
  { label: 'bytes to all phones during the vote', unit: 'KB', value: (r) => kb(r.vote.phones.bytes), digits: 1 },
  {
    label: 'messages to all phones per dot (ack, mine, progress)',
    unit: 'msg',
    value: (r) => r.vote.phones.messages / Math.max(1, r.vote.dots.sent),
    digits: 2,
  },
  { label: 'vote window: server CPU / wall time', unit: '', value: (r) => r.vote.serverCpuS / r.vote.wallS, digits: 2 },
  { label: 'vote window: server event-loop delay p99', unit: 'ms', value: (r) => r.vote.loopDelayP99Ms?.server ?? NaN },
  { label: 'vote window: phones’ processes, loop delay p99 (worst)', unit: 'ms', value: (r) => r.vote.loopDelayP99Ms?.clients ?? NaN },
  { label: 'vote window: server event-loop delay max', unit: 'ms', value: (r) => r.vote.loopDelayMaxMs?.server ?? NaN },
  { label: 'vote window: phones’ processes, loop delay max', unit: 'ms', value: (r) => r.vote.loopDelayMaxMs?.clients ?? NaN },
  ...actionRows('entering the vote step (opens it)', (r) => r.vote.open),
  ...actionRows('vote:close (reveals the ranking)', (r) => r.vote.close),
];

const ROWS: Row[] = [
  { heading: 'joining' },
  { label: 'join rate (everyone at once)', unit: 'joins/s', value: (r) => r.join.ratePerS },
  { label: 'join ack p50', unit: 'ms', value: (r) => r.join.ack?.p50 ?? NaN },
  { label: 'join ack p99', unit: 'ms', value: (r) => r.join.ack?.p99 ?? NaN },
  { heading: 'received per action (until the traffic settles)' },
  ...actionRows('a join', (r) => r.actions.join),
  ...actionRows('a seat:take', (r) => r.actions['seat:take']),
  ...actionRows('a +1 (reaction:set)', (r) => r.actions['reaction:set']),
  ...actionRows('seat:fill (seats everyone)', (r) => r.actions['seat:fill']),
  ...actionRows('rotation:apply (moves everyone)', (r) => r.actions['rotation:apply']),
  { label: 'a phase change: messages to all phones (mean)', unit: 'msg', value: (r) => meanPhaseChange(r, (t) => t.phones.messages) },
  { label: 'a phase change: bytes to all phones (mean)', unit: 'KB', value: (r) => kb(meanPhaseChange(r, (t) => t.phones.bytes)), digits: 1 },
  { label: 'a phase change: bytes to the organiser (mean)', unit: 'KB', value: (r) => kb(meanPhaseChange(r, (t) => t.organiser.bytes)), digits: 1 },
  { heading: `phase fan-out (organiser's "next" → each phone's session:state), all phase changes pooled` },
  { label: 'Tournée p50', unit: 'ms', value: (r) => r.fanout.tournee?.p50 ?? NaN },
  { label: 'Tournée p99', unit: 'ms', value: (r) => r.fanout.tournee?.p99 ?? NaN },
  { label: 'bare Socket.io broadcast p50', unit: 'ms', value: (r) => r.fanout.bare?.p50 ?? NaN },
  { label: 'bare Socket.io broadcast p99', unit: 'ms', value: (r) => r.fanout.bare?.p99 ?? NaN },
  { label: 'ratio p50 (target ≤ 1.2)', unit: '×', value: (r) => r.fanout.ratioP50, digits: 2 },
  { label: 'ratio p99 (target ≤ 1.2)', unit: '×', value: (r) => r.fanout.ratioP99, digits: 2 },
  { heading: "stage change → each phone's table view current (its new table:view; its session:state where the table shows the same)" },
  { label: 'table view p50', unit: 'ms', value: (r) => r.tableView.tournee?.p50 ?? NaN },
  { label: 'table view p99 (target ≤ 150)', unit: 'ms', value: (r) => r.tableView.tournee?.p99 ?? NaN },
  { label: 'table view max', unit: 'ms', value: (r) => r.tableView.tournee?.max ?? NaN },
  { label: "bare Socket.io: the state, then each table's message, p50", unit: 'ms', value: (r) => r.tableView.bare?.p50 ?? NaN },
  { label: "bare Socket.io: the state, then each table's message, p99", unit: 'ms', value: (r) => r.tableView.bare?.p99 ?? NaN },
  { label: 'server: state written to every socket, latest over the changes', unit: 'ms', value: (r) => mostOf(serverWrote(r, (w) => w.stateMs)) },
  { label: 'server: last table view written, latest over the changes', unit: 'ms', value: (r) => mostOf(serverWrote(r, (w) => w.lastViewMs)) },
  { label: 'CPU until the last view was read (mean): server', unit: 'ms', value: (r) => meanOf(viewsCpu(r, (c) => c.server)) },
  { label: "… of it, the server's event loop alone, the most", unit: 'ms', value: (r) => mostOf(viewsCpu(r, (c) => c.serverThread)) },
  { label: "… the phones' processes, all together", unit: 'ms', value: (r) => meanOf(viewsCpu(r, (c) => c.phones)) },
  { label: "… the bare server, its state then each table's message", unit: 'ms', value: (r) => meanOf(viewsCpu(r, (c) => c.bareServer)) },
  {
    label: "… of it, the bare server's event loop alone, the most",
    unit: 'ms',
    value: (r) => mostOf(viewsCpu(r, (c) => c.bareServerThread)),
  },
  { label: "… the phones' processes reading the bare server's", unit: 'ms', value: (r) => meanOf(viewsCpu(r, (c) => c.barePhones)) },
  {
    label: 'phones sent no view: their table shows the same (mean per change)',
    unit: '',
    value: (r) => r.phaseChanges.reduce((s, p) => s + p.unchangedViews, 0) / Math.max(1, r.phaseChanges.length),
  },
  { heading: 'writes (every phone, one every 5 s; target p99 < 100 ms)' },
  { label: 'note:add ack p50', unit: 'ms', value: (r) => r.writes.note.ack?.p50 ?? NaN },
  { label: 'note:add ack p99', unit: 'ms', value: (r) => r.writes.note.ack?.p99 ?? NaN },
  { label: 'reaction:set ack p50', unit: 'ms', value: (r) => r.writes.plusOne.ack?.p50 ?? NaN },
  { label: 'reaction:set ack p99', unit: 'ms', value: (r) => r.writes.plusOne.ack?.p99 ?? NaN },
  {
    label: '+1 window: server CPU / wall time (≪ 1: waiting, not computing)',
    unit: '',
    value: (r) => r.writes.plusOne.serverCpuS / r.writes.plusOne.wallS,
    digits: 2,
  },
  { label: '+1 window: server event-loop delay p99', unit: 'ms', value: (r) => r.writes.plusOne.loopDelayP99Ms?.server ?? NaN },
  { label: '+1 window: client processes’ event-loop delay p99 (worst)', unit: 'ms', value: (r) => r.writes.plusOne.loopDelayP99Ms?.clients ?? NaN },
  { label: 'sweep: first rate whose ack p99 passes 100 ms (— if none did)', unit: 'writes/s', value: (r) => r.sweep.passes100MsAt ?? NaN },
  { label: 'sweep: highest rate tried', unit: 'writes/s', value: (r) => r.sweep.highestTried },
  { heading: 'rotation' },
  { label: 'rotation:plan ack', unit: 'ms', value: (r) => r.rotation.planMs },
  { label: 'rotation:apply ack', unit: 'ms', value: (r) => r.rotation.apply.ackMs },
  { label: 'check-in flood: last mover acknowledged after (each checks in once told)', unit: 'ms', value: (r) => r.rotation.checkIn.durationMs },
  { label: 'movers who never learned where to go (waited 2 min)', unit: '', value: (r) => r.rotation.checkIn.untold },
  { label: 'check-in ack p50', unit: 'ms', value: (r) => r.rotation.checkIn.ack?.p50 ?? NaN },
  { label: 'check-in ack p99', unit: 'ms', value: (r) => r.rotation.checkIn.ack?.p99 ?? NaN },
  { label: 'check-in flood: bytes to all phones', unit: 'KB', value: (r) => kb(r.rotation.checkIn.traffic.phones.bytes), digits: 1 },
  { label: 'check-in flood: bytes to the organiser', unit: 'KB', value: (r) => kb(r.rotation.checkIn.traffic.organiser.bytes), digits: 1 },
  ...VOTE_ROWS,
  { heading: "the venue's Wi-Fi drops: every phone's connection goes silent at once, Socket.io reconnects it" },
  { label: 'every phone back (its new snapshot) after', unit: 'ms', value: (r) => r.wifiDrop.durationMs },
  { label: 'a phone back after: p50', unit: 'ms', value: (r) => r.wifiDrop.back?.p50 ?? NaN },
  { label: 'a phone back after: p99', unit: 'ms', value: (r) => r.wifiDrop.back?.p99 ?? NaN },
  { label: "organiser's time:ping meanwhile: p99 (target < 50)", unit: 'ms', value: (r) => r.wifiDrop.organiserPing?.p99 ?? NaN },
  { label: "organiser's time:ping meanwhile: max", unit: 'ms', value: (r) => r.wifiDrop.organiserPing?.max ?? NaN },
  { label: 'time:ping: the server answered after (its clock), p99', unit: 'ms', value: (r) => r.wifiDrop.pingAnswered?.p99 ?? NaN },
  { label: 'server event-loop delay p99 meanwhile', unit: 'ms', value: (r) => r.wifiDrop.serverLoopDelayP99Ms },
  { label: 'bytes to all phones (their snapshots)', unit: 'KB', value: (r) => kb(r.wifiDrop.traffic.phones.bytes), digits: 1 },
  { label: 'server CPU', unit: 's', value: (r) => r.wifiDrop.traffic.serverCpuS, digits: 2 },
  { heading: 'server' },
  { label: "organiser's snapshot during the sharing", unit: 'KB', value: (r) => kb(r.organiserSnapshotBytes), digits: 1 },
  { label: 'server peak RSS', unit: 'MB', value: (r) => r.server.peakRssMb },
  ...MEMORY_STEPS.flatMap((after) => {
    const at = (r: RunResult) => r.server.memory.find((m) => m.after === after);
    return [
      { label: `server RSS after ${after}`, unit: 'MB', value: (r: RunResult) => at(r)?.rssMb ?? NaN },
      { label: '  of which V8 heap in use', unit: 'MB', value: (r: RunResult) => at(r)?.heapUsedMb ?? NaN },
      { label: '  memory outside V8 heap held by JavaScript (external)', unit: 'MB', value: (r: RunResult) => at(r)?.externalMb ?? NaN },
    ];
  }),
  { label: 'server CPU', unit: 's', value: (r) => r.server.cpuS, digits: 1 },
  { label: 'bare server CPU', unit: 's', value: (r) => r.bareServer.cpuS, digits: 1 },
  { label: 'client processes CPU', unit: 's', value: (r) => r.clients.cpuS, digits: 1 },
  { heading: 'errors (all should be 0)' },
  { label: 'phone disconnects', unit: '', value: (r) => sum(r.errors.disconnects) },
  { label: 'organiser disconnects', unit: '', value: (r) => sum(r.errors.organiserDisconnects) },
  { label: 'steps whose traffic did not settle in 10 minutes', unit: '', value: (r) => r.errors.unsettled.length },
  { label: 'refused or lost acks', unit: '', value: (r) => sum(r.errors.failedAcks) },
  { label: 'broadcasts a phone never received', unit: '', value: (r) => r.errors.missingReceipts },
  { label: 'kept table views a fresh snapshot disagreed with (sampled)', unit: '', value: (r) => r.errors.staleViews },
  { label: 'phones not back within 2 minutes of the Wi-Fi drop', unit: '', value: (r) => r.errors.notBackAfterDrop },
  { label: "organiser's time:ping unanswered during the Wi-Fi drop", unit: '', value: (r) => r.wifiDrop.pingFailures },
  { label: 'errors the server logged', unit: 'lines', value: (r) => r.server.errorLines.length },
];

function sum(record: Record<string, number>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}

function format(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** The table for one size, as printed. */
export function sizeTable(runs: RunResult[]): string {
  const first = runs[0];
  if (!first) return '';
  const lines = [
    '',
    `Load bench — ${first.phones} phones at ${first.tables} tables, ${first.processes} client process(es), ${runs.length} run(s): median${runs.length > 1 ? ' [min–max]' : ''}`,
  ];
  if (first.serverCpus)
    lines.push(
      `  servers pinned to CPU ${first.serverCpus.join(',')}, phones to the others (BENCH_SERVER_CPUS): the servers' timings are their own, the phones read late`,
    );
  for (const row of ROWS) {
    if ('heading' in row) {
      lines.push(`  ${row.heading}`);
      continue;
    }
    const values = runs.map(row.value);
    const digits = row.digits ?? 0;
    const finite = values.filter(Number.isFinite);
    const range = runs.length > 1 && finite.length > 0 ? ` [${format(Math.min(...finite), digits)}–${format(Math.max(...finite), digits)}]` : '';
    const verdict = row.met && Number.isFinite(median(values)) ? (row.met(median(values)) ? '  met' : '  NOT MET') : '';
    lines.push(`    ${row.label.padEnd(58)} ${format(median(values), digits).padStart(12)} ${row.unit.padEnd(9)}${range}${verdict}`);
  }
  const perPhoneJoin = runs.map((r) => perPhone(r.actions.join, r));
  lines.push(`    (a join reaches ${format(median(perPhoneJoin), 2)} messages per phone: ≈ 1 means every phone hears of every join)`);
  return lines.join('\n');
}
