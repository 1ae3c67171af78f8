/**
 * The café record's cross-references: every id a part names exists, where it must, once. Run after
 * the shapes are valid; returns the problems with their paths (at most `MAX_ISSUES`, so that a broken
 * file gives a readable list, not one line per note).
 */
import { ideaLineage, type SourceNote } from '@/lib/domain/idea-lineage';
import type { CafeRecordShape } from './cafe-record-shape';

export type RecordIssue = { path: (string | number)[]; message: string };

export const MAX_ISSUES = 50;

class Issues {
  readonly list: RecordIssue[] = [];
  add(path: (string | number)[], message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
  }
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
}

/** Ids of a list, and an issue for each one seen twice. */
function uniqueIds(items: readonly { id: string }[], path: string, what: string, issues: Issues): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.add([path, i, 'id'], `two ${what} have the id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

/** Flags a key met twice (e.g. the same person's +1 on the same note). */
function onceEach(keys: readonly string[], path: (i: number) => (string | number)[], message: string, issues: Issues): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) issues.add(path(i), message);
    seen.add(key);
  });
}

export function checkReferences(record: CafeRecordShape): RecordIssue[] {
  const issues = new Issues();
  const { session } = record;
  const rounds = session.rounds.length;
  const tables = uniqueIds(session.tables, 'session.tables', 'tables', issues);
  const people = uniqueIds(record.participants, 'participants', 'participants', issues);

  if (session.minPerTable !== null && session.maxPerTable !== null && session.minPerTable > session.maxPerTable) {
    issues.add(['session', 'maxPerTable'], 'the maximum per table cannot be below the minimum');
  }
  if (record.kind === 'template') checkTemplate(record, issues);

  const person = (path: (string | number)[], participantId: string) => {
    if (!people.has(participantId)) issues.add(path, `no participant with the id "${participantId}"`);
  };
  const table = (path: (string | number)[], tableId: string) => {
    if (!tables.has(tableId)) issues.add(path, `no table with the id "${tableId}"`);
  };
  const round = (path: (string | number)[], index: number) => {
    if (index >= rounds) issues.add(path, `the session has ${rounds} round(s): round index ${index} does not exist`);
  };

  record.hosts.forEach((host, i) => {
    table(['hosts', i, 'tableId'], host.tableId);
    person(['hosts', i, 'participantId'], host.participantId);
  });
  onceEach(
    record.hosts.map((h) => h.tableId),
    (i) => ['hosts', i, 'tableId'],
    'a table has one host',
    issues,
  );

  record.seats.forEach((seat, i) => {
    round(['seats', i, 'round'], seat.round);
    person(['seats', i, 'participantId'], seat.participantId);
    table(['seats', i, 'tableId'], seat.tableId);
  });
  onceEach(
    record.seats.map((s) => `${s.round}\u0000${s.participantId}`),
    (i) => ['seats', i],
    'a person sits at one table per round',
    issues,
  );

  const noteIds = uniqueIds(record.notes, 'notes', 'notes', issues);
  const notes = new Map<string, SourceNote>();
  record.notes.forEach((note, i) => {
    round(['notes', i, 'round'], note.round);
    table(['notes', i, 'tableId'], note.tableId);
    person(['notes', i, 'authorId'], note.authorId);
    notes.set(note.id, { id: note.id, authorId: note.authorId, tableId: note.tableId, round: note.round });
  });

  const ideaIds = uniqueIds(record.ideas, 'ideas', 'ideas', issues);
  record.ideas.forEach((idea, i) => {
    if (issues.full) return;
    if (noteIds.has(idea.id)) issues.add(['ideas', i, 'id'], `the id "${idea.id}" is also a note's`);
    round(['ideas', i, 'round'], idea.round);
    table(['ideas', i, 'tableId'], idea.tableId);
    onceEach(idea.sourceNoteIds, (j) => ['ideas', i, 'sourceNoteIds', j], 'a note is listed once among the sources', issues);
    const lineage = ideaLineage(idea.sourceNoteIds, notes, { tableId: idea.tableId, round: idea.round }, true);
    if (!lineage.ok) {
      const j = idea.sourceNoteIds.indexOf(lineage.noteId);
      const reason = {
        'unknown-note': 'no note has this id',
        'other-table': 'the note was written at another table',
        'other-round': 'the note was written in another round',
      };
      issues.add(['ideas', i, 'sourceNoteIds', j], `source "${lineage.noteId}": ${reason[lineage.code]}`);
    }
  });

  record.reactions.forEach((reaction, i) => {
    if (issues.full) return;
    if (!noteIds.has(reaction.targetId) && !ideaIds.has(reaction.targetId))
      issues.add(['reactions', i, 'targetId'], `no note or idea with the id "${reaction.targetId}"`);
    person(['reactions', i, 'participantId'], reaction.participantId);
  });
  onceEach(
    record.reactions.map((r) => `${r.targetId}\u0000${r.participantId}`),
    (i) => ['reactions', i],
    'a person gives one +1 per note or idea',
    issues,
  );

  checkPlenary(record, { ideaIds, person }, issues);
  return issues.list;
}

function checkTemplate(record: CafeRecordShape, issues: Issues): void {
  const results = ['participants', 'hosts', 'seats', 'notes', 'ideas', 'reactions'] as const;
  for (const key of results) if (record[key].length > 0) issues.add([key], 'a template holds no results: this list must be empty');
  const plenary = record.plenary;
  const lists = ['workstreams', 'placements', 'votes', 'shortlist', 'ratings', 'overrides', 'actions'] as const;
  for (const key of lists) if (plenary[key].length > 0) issues.add(['plenary', key], 'a template holds no results: this list must be empty');
  if (plenary.voteStatus !== 'not-started') issues.add(['plenary', 'voteStatus'], 'a template holds no results: the vote has not started');
}

function checkPlenary(record: CafeRecordShape, known: { ideaIds: Set<string>; person: (path: (string | number)[], id: string) => void }, issues: Issues): void {
  const plenary = record.plenary;
  const workstreamIds = uniqueIds(plenary.workstreams, 'plenary.workstreams', 'workstreams', issues);
  const { ideaIds, person } = known;

  const sameAs = new Map<string, string>();
  plenary.placements.forEach((placement, i) => {
    const path = ['plenary', 'placements', i];
    if (!ideaIds.has(placement.ideaId)) issues.add([...path, 'ideaId'], `no idea with the id "${placement.ideaId}"`);
    if (placement.workstreamId !== null && !workstreamIds.has(placement.workstreamId)) {
      issues.add([...path, 'workstreamId'], `no workstream with the id "${placement.workstreamId}"`);
    }
    if (placement.sameAsId !== null) {
      if (placement.sameAsId === placement.ideaId) issues.add([...path, 'sameAsId'], 'an idea cannot be "the same" as itself');
      else if (!ideaIds.has(placement.sameAsId)) issues.add([...path, 'sameAsId'], `no idea with the id "${placement.sameAsId}"`);
      else sameAs.set(placement.ideaId, placement.sameAsId);
    }
  });
  onceEach(
    plenary.placements.map((p) => p.ideaId),
    (i) => ['plenary', 'placements', i, 'ideaId'],
    'an idea has one placement',
    issues,
  );
  for (const start of sameAs.keys()) {
    const visited = new Set([start]);
    for (let at = sameAs.get(start); at !== undefined; at = sameAs.get(at)) {
      if (!visited.has(at)) {
        visited.add(at);
        continue;
      }
      const i = plenary.placements.findIndex((p) => p.ideaId === start);
      issues.add(['plenary', 'placements', i, 'sameAsId'], `ideas marked "the same" form a loop from "${start}"`);
      break;
    }
  }

  // Items follow the programme: workstreams, or ideas (an idea marked "the same" stands for its item).
  const onWorkstreams = record.session.plenary.voteOn === 'workstreams';
  const items = onWorkstreams ? workstreamIds : ideaIds;
  const what = onWorkstreams ? 'workstream' : 'idea';
  const item = (path: (string | number)[], itemId: string) => {
    if (!items.has(itemId)) issues.add(path, `no ${what} with the id "${itemId}" (the programme votes on ${what}s)`);
  };

  plenary.votes.forEach((vote, i) => {
    person(['plenary', 'votes', i, 'participantId'], vote.participantId);
    item(['plenary', 'votes', i, 'itemId'], vote.itemId);
  });
  onceEach(
    plenary.votes.map((v) => `${v.participantId}\u0000${v.itemId}`),
    (i) => ['plenary', 'votes', i],
    'one entry per person and item',
    issues,
  );
  plenary.shortlist.forEach((entry, i) => item(['plenary', 'shortlist', i, 'itemId'], entry.itemId));
  onceEach(
    plenary.shortlist.map((s) => s.itemId),
    (i) => ['plenary', 'shortlist', i, 'itemId'],
    'an item is shortlisted once',
    issues,
  );
  plenary.ratings.forEach((rating, i) => {
    if (rating.raterId !== null) person(['plenary', 'ratings', i, 'raterId'], rating.raterId);
    item(['plenary', 'ratings', i, 'itemId'], rating.itemId);
  });
  onceEach(
    plenary.ratings.map((r) => `${r.raterId ?? ''}\u0000${r.itemId}`),
    (i) => ['plenary', 'ratings', i],
    'one rating per person and item',
    issues,
  );
  plenary.overrides.forEach((override, i) => item(['plenary', 'overrides', i, 'itemId'], override.itemId));
  onceEach(
    plenary.overrides.map((o) => o.itemId),
    (i) => ['plenary', 'overrides', i, 'itemId'],
    'an item has one override',
    issues,
  );
  plenary.actions.forEach((action, i) => item(['plenary', 'actions', i, 'itemId'], action.itemId));
  onceEach(
    plenary.actions.map((a) => a.code),
    (i) => ['plenary', 'actions', i, 'code'],
    'two actions have this code',
    issues,
  );
}
