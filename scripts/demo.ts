/**
 * `npm run demo`: rehearse a café alone. Starts the real app (server.ts, built if needed) on a
 * throw-away database, creates a session and seats simulated participants at its tables; they follow
 * whatever the organiser does from the console (notes, +1s, the hosts' ideas, check-ins after a
 * rotation; in the plenary, a host's paging, dots and ratings). A real phone can join alongside them. Ctrl-C stops everything.
 *
 *   npm run demo -- --participants 24 --tables 4 --rounds 3 --language fr
 *
 * Flags (or env): --participants (DEMO_PARTICIPANTS, 24), --tables (DEMO_TABLES, one per 6 people),
 * --rounds (DEMO_ROUNDS, 3), --language fr|en (DEMO_LANGUAGE, en), --port (PORT, 3000),
 * --minutes reflection,sharing,consolidation (DEMO_MINUTES, 3,6,4), --note-every seconds
 * (DEMO_NOTE_EVERY, 20), --seed (DEMO_SEED, 1). HOST and PUBLIC_URL are passed to the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FIRST_NAMES } from '@/bench/sim/banks';
import { SimOrganiser, cafeDraft, createSession, signIn } from '@/bench/sim/organiser-protocol';
import { REHEARSAL_PACING, SimParticipant } from '@/bench/sim/participant';
import { seededRandom, shuffle } from '@/lib/domain/seeded-random';
import { LIMITS } from '@/lib/realtime/contract';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values: flags } = parseArgs({
  options: {
    participants: { type: 'string' },
    tables: { type: 'string' },
    rounds: { type: 'string' },
    language: { type: 'string' },
    port: { type: 'string' },
    minutes: { type: 'string' },
    'note-every': { type: 'string' },
    seed: { type: 'string' },
  },
});

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const settingsSchema = z.object({
  participants: whole(1, 500).default(24),
  tables: whole(1, LIMITS.tablesMax).optional(),
  rounds: whole(1, LIMITS.roundsMax).default(3),
  language: z.enum(['fr', 'en']).default('en'),
  port: whole(1, 65_535).default(3000),
  minutes: z
    .string()
    .regex(/^\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?$/, 'three durations in minutes, e.g. 3,6,4')
    .transform((s) => s.split(',').map(Number))
    .default([3, 6, 4]),
  noteEvery: whole(1, 3600).default(20),
  seed: whole(0, 2 ** 31 - 1).default(1),
});

function readSettings() {
  const pick = (flag: string | undefined, env: string | undefined) => flag ?? (env === '' ? undefined : env);
  const parsed = settingsSchema.safeParse({
    participants: pick(flags.participants, process.env.DEMO_PARTICIPANTS),
    tables: pick(flags.tables, process.env.DEMO_TABLES),
    rounds: pick(flags.rounds, process.env.DEMO_ROUNDS),
    language: pick(flags.language, process.env.DEMO_LANGUAGE),
    port: pick(flags.port, process.env.PORT),
    minutes: pick(flags.minutes, process.env.DEMO_MINUTES),
    noteEvery: pick(flags['note-every'], process.env.DEMO_NOTE_EVERY),
    seed: pick(flags.seed, process.env.DEMO_SEED),
  });
  if (!parsed.success) {
    console.error(`Invalid demo settings:\n${parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n')}`);
    process.exit(1);
  }
  return parsed.data;
}

const settings = readSettings();
const tables = settings.tables ?? Math.max(2, Math.ceil(settings.participants / 6));
const [reflection = 3, sharing = 6, consolidation = 4] = settings.minutes;
const toMs = (minutes: number) => Math.min(LIMITS.phaseMaxMs, Math.max(LIMITS.phaseMinMs, Math.round(minutes * 60_000)));

// The pages must be built (as `npm start` does).
const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dataDir = mkdtempSync(join(tmpdir(), 'tournee-demo-'));
const password = randomBytes(12).toString('base64url');
const local = `http://localhost:${settings.port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(settings.port),
    DATABASE_URL: `file:${join(dataDir, 'demo.db')}`,
    ORGANISER_PASSWORD: password,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});

const participants: SimParticipant[] = [];
let organiser: SimOrganiser | null = null;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info('\nStopping the rehearsal…');
  for (const p of participants) p.stop();
  organiser?.close();
  if (server.exitCode === null && server.signalCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
      server.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      server.kill('SIGTERM');
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
// `on`, not `once`: a terminal's Ctrl-C reaches this process twice (directly, and relayed by tsx),
// and a second SIGINT without a handler would end it before the clean-up.
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
server.once('exit', (code) => {
  if (!stopping) {
    console.error(`The server stopped (${code}).`);
    void stop(1);
  }
});

function waitForReady(): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 2 minutes:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Tournée is ready')) return;
      clearTimeout(timer);
      server.stdout.off('data', onData);
      resolve();
    };
    server.stdout.on('data', onData);
    // The server's own log (errors, shutdown) stays visible; its start-up banner is replaced by ours.
    server.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  });
}

async function main(): Promise<void> {
  console.info(`Starting Tournée on port ${settings.port}…`);
  await waitForReady();
  const base = `http://127.0.0.1:${settings.port}`;
  const cookie = await signIn(base, password);
  const draft = cafeDraft({
    title: settings.language === 'fr' ? 'Répétition' : 'Rehearsal',
    language: settings.language,
    tables,
    rounds: settings.rounds,
    phaseMs: { reflection: toMs(reflection), sharing: toMs(sharing), consolidation: toMs(consolidation) },
  });
  const sessionId = await createSession(base, cookie, draft);
  organiser = new SimOrganiser(base, cookie, sessionId);
  const view = await organiser.ready();

  const consolePath = `/console/sessions/${sessionId}`;
  console.info(
    [
      '',
      `Rehearsal ready: ${settings.participants} simulated participants at ${tables} tables, ${settings.rounds} rounds (${settings.language}).`,
      `  1. Sign in (this browser):  ${local}/console/sign-in?key=${encodeURIComponent(password)}&next=${encodeURIComponent(consolePath)}`,
      `  2. Console:                 ${local}${consolePath}`,
      `  3. Projector:               ${view.screenUrl ?? '(see the console)'}`,
      `  4. A real phone joins at:   ${view.joinUrl}   (code ${view.session.code})`,
      '',
      'Drive the café from the console: start, next, plan and apply a rotation… the participants follow.',
      'Ctrl-C stops the server and the participants (the rehearsal database is thrown away).',
      '',
    ].join('\n'),
  );

  const random = seededRandom(settings.seed);
  const names = shuffle(FIRST_NAMES, random);
  const pacing = { ...REHEARSAL_PACING, noteEveryMs: settings.noteEvery * 1000 };
  // The first participant at each table sits by its host link and hosts it (a real phone opening that link takes over).
  const hostKeyOf = (number: number) => {
    const table = view.seating?.find((t) => t.number === number);
    const link = table ? view.hostLinks?.[table.id] : undefined;
    return link ? (new URL(link).searchParams.get('host') ?? undefined) : undefined;
  };
  for (let i = 0; i < settings.participants; i++) {
    const name = names[i % names.length] ?? `Guest ${i + 1}`;
    const hostKey = i < tables ? hostKeyOf(i + 1) : undefined;
    const participant = new SimParticipant({
      url: base,
      joinCode: view.session.code,
      name: i < names.length ? name : `${name} ${Math.floor(i / names.length) + 1}`,
      table: (i % tables) + 1,
      ...(hostKey ? { hostKey } : {}),
      random: seededRandom(settings.seed * 7919 + i),
      pacing,
      log: (line) => console.info(`  · ${line}`),
    });
    participants.push(participant);
    participant.start();
  }

  // A line per stage, and the check-ins after a rotation.
  let lastLine = '';
  setInterval(() => {
    const line = `[${organiser?.stageLabel()}] ${describeProgress()}`;
    if (line !== lastLine) console.info(line);
    lastLine = line;
  }, 1_000);
}

function describeProgress(): string {
  const totals = participants.reduce(
    (t, { stats: s }) => ({
      notes: t.notes + s.notes,
      plusOnes: t.plusOnes + s.plusOnes,
      ideas: t.ideas + s.ideas,
      dots: t.dots + s.dots,
      moves: t.moves + s.moves,
      ratings: t.ratings + s.ratings,
      ideasShown: t.ideasShown + s.ideasShown,
    }),
    { notes: 0, plusOnes: 0, ideas: 0, dots: 0, moves: 0, ratings: 0, ideasShown: 0 },
  );
  const joined = participants.filter((p) => p.phone.participantId !== null).length;
  const moving = organiser?.checkIns();
  const arrivals = moving ? `, ${moving.checkedIn}/${moving.total} checked in` : '';
  // The plenary's figures once there are some: what the simulated room did, not the tally (which stays silent).
  const plenary = [
    totals.ideasShown ? `${totals.ideasShown} ideas shown by hosts` : '',
    totals.dots ? `${totals.dots} dots placed (${totals.moves} moved)` : '',
    totals.ratings ? `${totals.ratings} ratings` : '',
  ].filter(Boolean);
  return [`${joined} joined, ${totals.notes} notes, ${totals.plusOnes} +1s, ${totals.ideas} ideas${arrivals}`, ...plenary].join(', ');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
