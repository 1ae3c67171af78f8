/**
 * What the plenary's views read beyond the records: every consolidated idea with where it stands,
 * and every table with its host's name — one query each.
 */
import type { TableColour } from '@/lib/realtime/contract';
import { preparedStatements, type Queryable } from '@/db/client';

export type PlenaryIdeaRow = { id: string; text: string; tableId: string; round: number; workstreamId: string | null; sameAsId: string | null };
export type PlenaryTableRow = { id: string; number: number; name: string; colour: TableColour; hostName: string | null };

const statements = preparedStatements((db) => ({
  ideas: db.$client.prepare<[string], PlenaryIdeaRow>(
    `select i.id, i.text, i.table_id as tableId, i.round_index as round, p.workstream_id as workstreamId, p.same_as_id as sameAsId
     from ideas i join cafe_tables t on t.id = i.table_id left join idea_placements p on p.idea_id = i.id
     where i.session_id = ? order by i.round_index, t.position, i.position, i.id`,
  ),
  tables: db.$client.prepare<[string], { id: string; position: number; name: string; colour: string; hostName: string | null }>(
    `select t.id, t.position, t.name, t.colour, h.display_name as hostName
     from cafe_tables t left join participants h on h.id = t.host_id where t.session_id = ? order by t.position`,
  ),
}));

/** Every consolidated idea of the session in the café's order (round, table, position), with its workstream and "same as". */
export function plenaryIdeas(db: Queryable, sessionId: string): PlenaryIdeaRow[] {
  return statements(db).ideas.all(sessionId);
}

/** Every table in order, numbered from 1, with its host's name. */
export function plenaryTables(db: Queryable, sessionId: string): PlenaryTableRow[] {
  return statements(db)
    .tables.all(sessionId)
    .map(({ position, colour, ...t }) => ({ ...t, number: position + 1, colour: colour as TableColour }));
}
