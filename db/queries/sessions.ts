import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { LiveState, SessionPlan } from '@/lib/domain/session-machine';
import type { SessionConfig, SessionDraft, SessionSummary } from '@/lib/realtime/contract';
import { preparedStatements, rootOf, type Db, type Queryable, type Tx } from '@/db/client';
import { randomToken } from '@/lib/auth/tokens';
import { cafeTables, participants, rounds, sessions } from '@/db/schema';
import { liveFromRow, liveToColumns } from './live-state';
import { loadProgramme, saveProgramme } from './plenary-programme';

export type SessionRow = typeof sessions.$inferSelect;

const statements = preparedStatements((db) => ({
  byId: db
    .select()
    .from(sessions)
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare(),
  roundDurations: db
    .select({ reflectionMs: rounds.reflectionMs, sharingMs: rounds.sharingMs, consolidationMs: rounds.consolidationMs })
    .from(rounds)
    .where(eq(rounds.sessionId, sql.placeholder('id')))
    .orderBy(asc(rounds.position))
    .prepare(),
  tableCount: db
    .select({ n: count() })
    .from(cafeTables)
    .where(eq(cafeTables.sessionId, sql.placeholder('id')))
    .prepare(),
  byCode: db
    .select()
    .from(sessions)
    .where(eq(sessions.code, sql.placeholder('code')))
    .prepare(),
  rounds: db
    .select()
    .from(rounds)
    .where(eq(rounds.sessionId, sql.placeholder('id')))
    .orderBy(asc(rounds.position))
    .prepare(),
  tables: db
    .select()
    .from(cafeTables)
    .where(eq(cafeTables.sessionId, sql.placeholder('id')))
    .orderBy(asc(cafeTables.position))
    .prepare(),
  participantCount: db
    .select({ n: count() })
    .from(participants)
    .where(eq(participants.sessionId, sql.placeholder('id')))
    .prepare(),
}));

export function getSessionRow(db: Queryable, sessionId: string): SessionRow | null {
  return statements(db).byId.get({ id: sessionId }) ?? null;
}

export function getSessionRowByCode(db: Queryable, code: string): SessionRow | null {
  return statements(db).byCode.get({ code }) ?? null;
}

export function getSessionRowByScreenKey(db: Queryable, screenKey: string): SessionRow | null {
  return db.select().from(sessions).where(eq(sessions.screenKey, screenKey)).get() ?? null;
}

/**
 * What the prepared session holds, kept per connection and session with the row's sequence number
 * and update time it was read at: every phone's snapshot needs the config (2,000 after a
 * reconnection wave; reading 200 tables' rows each time cost more than the rest of the snapshot),
 * and every command the plan (four reads). Any change of the prepared
 * session sets the row's update time and numbers a `session:updated`, so a row that changed since
 * never matches. Only what was read outside a transaction (so committed) is kept; inside one it is
 * used when its stamp matches the row as the transaction sees it — a change made in the transaction
 * moves the stamp past every committed one — and read afresh otherwise.
 */
function committedCache<T>() {
  const caches = new WeakMap<Db, Map<string, { stamp: string; value: T }>>();
  return (db: Queryable, row: SessionRow, read: () => T): T => {
    const root = rootOf(db);
    let cache = caches.get(root);
    if (!cache) caches.set(root, (cache = new Map()));
    const stamp = `${row.seq}:${row.updatedAt}`;
    const cached = cache.get(row.id);
    if (cached?.stamp === stamp) return cached.value;
    const value = read();
    if (!root.$client.inTransaction) cache.set(row.id, { stamp, value });
    return value;
  };
}

const configs = committedCache<SessionConfig>();
const plans = committedCache<SessionPlan>();

/** The prepared session (what the builder edits); `row` is the session's row as just read (its sequence number and update time tell whether the session changed). */
export function loadConfig(db: Queryable, row: SessionRow): SessionConfig {
  return configs(db, row, () => readConfig(db, row));
}

function readConfig(db: Queryable, row: SessionRow): SessionConfig {
  const roundRows = statements(db).rounds.all({ id: row.id });
  const tableRows = statements(db).tables.all({ id: row.id });
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    purpose: row.purpose,
    language: row.language,
    anonymous: row.anonymous,
    autoAdvance: row.autoAdvance,
    speakingTurnMs: row.speakingTurnMs,
    minPerTable: row.minPerTable,
    maxPerTable: row.maxPerTable,
    rounds: roundRows.map(({ question, reflectionMs, sharingMs, consolidationMs }) => ({
      question,
      reflectionMs,
      sharingMs,
      consolidationMs,
    })),
    tables: tableRows.map(({ name, colour }) => ({ name, colour: colour as SessionConfig['tables'][number]['colour'] })),
    plenary: loadProgramme(db, row.id),
  };
}

/** What the state machine needs to know of the prepared session (kept as the config is). */
export function loadPlan(db: Queryable, row: SessionRow): SessionPlan {
  return plans(db, row, () => {
    const roundRows = statements(db).roundDurations.all({ id: row.id });
    const tableCount = statements(db).tableCount.get({ id: row.id })?.n ?? 0;
    return { rounds: roundRows, autoAdvance: row.autoAdvance, plenary: loadProgramme(db, row.id), tableCount };
  });
}

export function liveOf(row: SessionRow): LiveState {
  return liveFromRow(row);
}

/** The session's own columns in a draft (rounds and tables have their tables). */
function settingsOf({ title, purpose, language, anonymous, autoAdvance, speakingTurnMs, minPerTable, maxPerTable }: SessionDraft) {
  return { title, purpose, language, anonymous, autoAdvance, speakingTurnMs, minPerTable, maxPerTable };
}

export function insertSession(tx: Tx, ids: { id: string; code: string; screenKey: string }, draft: SessionDraft, now: number): void {
  tx.insert(sessions)
    .values({ ...ids, ...settingsOf(draft), createdAt: now, updatedAt: now })
    .run();
  writeRounds(tx, ids.id, draft);
  writeTables(tx, ids.id, draft);
  saveProgramme(tx, ids.id, draft.plenary);
}

function writeRounds(tx: Tx, sessionId: string, draft: SessionDraft): void {
  tx.delete(rounds).where(eq(rounds.sessionId, sessionId)).run();
  tx.insert(rounds)
    .values(draft.rounds.map((r, position) => ({ sessionId, position, ...r })))
    .run();
}

/**
 * Tables keep their id (and so who sits there and who hosts) by position across edits; tables
 * removed from the end are deleted and whoever sat there is unseated.
 */
function writeTables(tx: Tx, sessionId: string, draft: SessionDraft): { participantId: string; from: string }[] {
  const existing = tx.select({ id: cafeTables.id, position: cafeTables.position }).from(cafeTables).where(eq(cafeTables.sessionId, sessionId)).all();
  const byPosition = new Map(existing.map((t) => [t.position, t.id]));
  draft.tables.forEach((t, position) => {
    const id = byPosition.get(position);
    if (id) tx.update(cafeTables).set({ name: t.name, colour: t.colour }).where(eq(cafeTables.id, id)).run();
    else
      tx.insert(cafeTables)
        .values({ id: `${sessionId}:t${position + 1}`, sessionId, position, hostKey: randomToken(12), ...t })
        .run();
  });
  const unseated: { participantId: string; from: string }[] = [];
  for (const gone of existing.filter((t) => t.position >= draft.tables.length)) {
    const seated = tx.select({ id: participants.id }).from(participants).where(eq(participants.tableId, gone.id)).all();
    unseated.push(...seated.map((p) => ({ participantId: p.id, from: gone.id })));
    tx.update(participants).set({ tableId: null }).where(eq(participants.tableId, gone.id)).run();
    tx.delete(cafeTables).where(eq(cafeTables.id, gone.id)).run();
  }
  return unseated;
}

/** Replaces the prepared content of a session that has not started; returns who lost their seat (tables removed). */
export function updateSessionDraft(tx: Tx, sessionId: string, draft: SessionDraft, now: number): { participantId: string; from: string }[] {
  tx.update(sessions)
    .set({ ...settingsOf(draft), updatedAt: now })
    .where(eq(sessions.id, sessionId))
    .run();
  writeRounds(tx, sessionId, draft);
  saveProgramme(tx, sessionId, draft.plenary);
  return writeTables(tx, sessionId, draft);
}

export function deleteSession(tx: Tx, sessionId: string): void {
  tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Stores a new live state (the caller logs the change with appendEvent). */
export function saveLive(tx: Tx, sessionId: string, live: LiveState, now: number): void {
  tx.update(sessions)
    .set({ ...liveToColumns(live), updatedAt: now })
    .where(eq(sessions.id, sessionId))
    .run();
}

export function listSessions(db: Queryable): SessionSummary[] {
  // Correlated counts: the outer table is named explicitly (an unqualified "id" would be the inner table's).
  const countOf = (table: string) =>
    sql<number>`(select count(*) from ${sql.identifier(table)} c where c.session_id = ${sql.identifier('sessions')}.${sql.identifier('id')})`;
  return db
    .select({
      id: sessions.id,
      code: sessions.code,
      title: sessions.title,
      language: sessions.language,
      stage: sessions.stage,
      rounds: countOf('rounds'),
      tables: countOf('cafe_tables'),
      participants: countOf('participants'),
      createdAt: sessions.createdAt,
    })
    .from(sessions)
    .orderBy(desc(sessions.createdAt))
    .all();
}

/** Sessions whose deadline the server must watch (running timers). */
export function sessionsWithRunningTimers(db: Queryable): SessionRow[] {
  return db.select().from(sessions).where(eq(sessions.timerStatus, 'running')).all();
}

export function countParticipants(db: Queryable, sessionId: string): number {
  return statements(db).participantCount.get({ id: sessionId })?.n ?? 0;
}
