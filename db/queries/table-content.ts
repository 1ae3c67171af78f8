/**
 * What the views of several tables need, read in one query per kind (not one per table): a stage
 * change rebuilds every table's view, and that must stay a handful of queries at 250 tables. The
 * statements are prepared once; the tables travel as one JSON list (`json_each`), whatever their number.
 */
import { asc } from 'drizzle-orm';
import { inJsonList, preparedStatements, type Queryable } from '@/db/client';
import { cafeTables } from '@/db/schema';
import type { SpeakingQueue, TurnStatus } from '@/lib/domain/speaking-order';
import type { IdeaRow, Lineage } from './ideas';

export type TableContent = {
  roster: Map<string, { id: string; displayName: string }[]>;
  /** People a rotation sent to these tables who have not checked in yet. */
  unarrived: Set<string>;
  noteCounts: Map<string, number>;
  notes: Map<string, { id: string; text: string; authorId: string; authorName: string }[]>;
  /** Who gave a +1 to what (this round's notes and ideas of these tables). */
  plusOnes: Map<string, string[]>;
  ideas: Map<string, IdeaRow[]>;
  lineage: Map<string, Lineage>;
  /** Ideas of earlier rounds, by round then position. */
  recap: Map<string, IdeaRow[]>;
  queues: Map<string, SpeakingQueue>;
};

const IN_TABLES = 'in (select value from json_each(@tables))';
const IDEA_COLUMNS =
  'id, session_id as sessionId, round_index as roundIndex, table_id as tableId, text, position, created_at as createdAt, updated_at as updatedAt';

type Params = { tables: string; round?: number };

const statements = preparedStatements((db) => {
  const prepare = <Row>(text: string) => db.$client.prepare<Params, Row>(text);
  return {
    tableRows: db.select().from(cafeTables).where(inJsonList(cafeTables.id, 'tables')).orderBy(asc(cafeTables.position)).prepare(),
    roster: prepare<{ id: string; displayName: string; tableId: string }>(
      `select id, display_name as displayName, table_id as tableId from participants where table_id ${IN_TABLES} order by joined_at`,
    ),
    unarrived: prepare<{ participantId: string }>(
      `select participant_id as participantId from round_seats where table_id ${IN_TABLES} and status = 'applied' and checked_in_at is null`,
    ),
    noteCounts: prepare<{ tableId: string; n: number }>(
      `select table_id as tableId, count(*) as n from notes where table_id ${IN_TABLES} and round_index = @round group by table_id`,
    ),
    // The heaviest read (a round's notes with their texts: 4,000 at 2,000 phones), read as rows of
    // values and grouped by table at once, not as objects copied again without their table.
    notes: db.$client
      .prepare<Params, [id: string, text: string, authorId: string, authorName: string, tableId: string]>(
        `select n.id, n.text, n.author_id, p.display_name, n.table_id
         from notes n join participants p on p.id = n.author_id
         where n.table_id ${IN_TABLES} and n.round_index = @round order by n.created_at, n.id`,
      )
      .raw(true),
    // Only this round's notes and ideas show +1s: read from them (the reactions' key starts with the
    // target), never the earlier rounds' reactions, most of them late in a café.
    plusOnes: prepare<{ targetId: string; participantId: string }>(
      `select r.target_id as targetId, r.participant_id as participantId
       from notes n join reactions r on r.target_id = n.id where n.table_id ${IN_TABLES} and n.round_index = @round
       union all
       select r.target_id, r.participant_id
       from ideas i join reactions r on r.target_id = i.id where i.table_id ${IN_TABLES} and i.round_index = @round`,
    ),
    ideas: prepare<IdeaRow>(`select ${IDEA_COLUMNS} from ideas where table_id ${IN_TABLES} and round_index = @round order by position, created_at`),
    lineage: prepare<{ ideaId: string; noteId: string; authorId: string | null; name: string | null }>(
      `select s.idea_id as ideaId, s.note_id as noteId, s.author_id as authorId, p.display_name as name
       from idea_sources s join ideas i on i.id = s.idea_id left join participants p on p.id = s.author_id
       where i.table_id ${IN_TABLES} and i.round_index = @round order by s.position`,
    ),
    recap: prepare<IdeaRow>(`select ${IDEA_COLUMNS} from ideas where table_id ${IN_TABLES} and round_index < @round order by round_index, position`),
    queueMeta: prepare<{ tableId: string; slotMs: number; startedAt: number | null }>(
      `select table_id as tableId, slot_ms as slotMs, speaker_started_at as startedAt from table_rounds where table_id ${IN_TABLES} and round_index = @round`,
    ),
    turns: prepare<{ tableId: string; participantId: string; status: TurnStatus; skipped: number }>(
      `select table_id as tableId, participant_id as participantId, status, skipped from speaking_turns where table_id ${IN_TABLES} and round_index = @round order by position`,
    ),
  };
});

/** Rows grouped by `key`, each kept as `value` makes it (the row itself by default), in their order. */
function groupBy<T, K, V = T>(rows: readonly T[], key: (row: T) => K, value: (row: T) => V = (row) => row as unknown as V): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}

/** Everything the views of `tableIds` show for `round`; the notes' texts only when `withNotes` (once shared). */
export function loadTableContent(db: Queryable, tableIds: readonly string[], round: number | null, withNotes: boolean): TableContent {
  const s = statements(db);
  const tables = JSON.stringify(tableIds);
  const content: TableContent = {
    roster: groupBy(
      s.roster.all({ tables }),
      (r) => r.tableId,
      ({ id, displayName }) => ({ id, displayName }),
    ),
    unarrived: new Set(s.unarrived.all({ tables }).map((r) => r.participantId)),
    noteCounts: new Map(),
    notes: new Map(),
    plusOnes: new Map(),
    ideas: new Map(),
    lineage: new Map(),
    recap: new Map(),
    queues: new Map(),
  };
  if (round === null) return content;
  const params = { tables, round };
  for (const row of s.noteCounts.all(params)) content.noteCounts.set(row.tableId, row.n);
  if (withNotes) {
    content.notes = groupBy(
      s.notes.all(params),
      (row) => row[4],
      ([id, text, authorId, authorName]) => ({ id, text, authorId, authorName }),
    );
  }
  content.plusOnes = groupBy(
    s.plusOnes.all(params),
    (r) => r.targetId,
    (r) => r.participantId,
  );
  content.ideas = groupBy(s.ideas.all(params), (i) => i.tableId);
  for (const row of s.lineage.all(params)) {
    const entry = content.lineage.get(row.ideaId) ?? { noteIds: [], authors: [] };
    entry.noteIds.push(row.noteId);
    if (row.authorId && row.name && !entry.authors.some((a) => a.id === row.authorId)) entry.authors.push({ id: row.authorId, name: row.name });
    content.lineage.set(row.ideaId, entry);
  }
  content.recap = groupBy(s.recap.all(params), (i) => i.tableId);
  const turns = groupBy(s.turns.all(params), (t) => t.tableId);
  for (const meta of s.queueMeta.all(params)) {
    content.queues.set(meta.tableId, {
      turns: (turns.get(meta.tableId) ?? []).map(({ participantId, status, skipped }) => ({ participantId, status, skipped: skipped === 1 })),
      slotMs: meta.slotMs,
      startedAt: meta.startedAt,
    });
  }
  return content;
}

/**
 * The tables of a session by id (for the views to build), in their order. Prepared once: a stage
 * change asks for 200 tables 20 at a time, and building the query each time was ~5 ms of it.
 */
export function tableRowsByIds(db: Queryable, tableIds: readonly string[]) {
  return statements(db).tableRows.all({ tables: JSON.stringify(tableIds) });
}
