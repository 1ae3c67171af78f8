/**
 * The plenary's items — what is voted on, rated and planned: the workstreams, or (voting on ideas)
 * the ideas not marked the same as another. Read as ids, in order; a vote checks only the ids it
 * touches.
 */
import type { VoteTarget } from '@/lib/domain/plenary/plenary-types';
import { preparedStatements, type Queryable } from '@/db/client';

const statements = preparedStatements((db) => ({
  workstreams: db.$client.prepare<[string], { id: string }>('select id from workstreams where session_id = ? order by position, id'),
  ideas: db.$client.prepare<[string], { id: string }>(
    `select i.id from ideas i join cafe_tables t on t.id = i.table_id left join idea_placements p on p.idea_id = i.id
     where i.session_id = ? and p.same_as_id is null order by i.round_index, t.position, i.position, i.id`,
  ),
  workstreamsAmong: db.$client.prepare<[string, string], { id: string }>(
    'select id from workstreams where session_id = ? and id in (select value from json_each(?))',
  ),
  ideasAmong: db.$client.prepare<[string, string], { id: string }>(
    `select i.id from ideas i left join idea_placements p on p.idea_id = i.id
     where i.session_id = ? and i.id in (select value from json_each(?)) and p.same_as_id is null`,
  ),
}));

/** The items' ids in order: the workstreams by position, or the ideas that are items in the café's order (round, table, position). */
export function listItemIds(db: Queryable, sessionId: string, voteOn: VoteTarget): string[] {
  const s = statements(db);
  return (voteOn === 'workstreams' ? s.workstreams : s.ideas).all(sessionId).map((row) => row.id);
}

/** Which of these ids are items of the session now. */
export function itemsAmong(db: Queryable, sessionId: string, voteOn: VoteTarget, ids: Iterable<string>): Set<string> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Set();
  const s = statements(db);
  return new Set((voteOn === 'workstreams' ? s.workstreamsAmong : s.ideasAmong).all(sessionId, JSON.stringify(list)).map((row) => row.id));
}
