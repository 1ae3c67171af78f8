/**
 * The document model (see deliverable-types.ts) of a café record. Pure. Works with the plenary's
 * results where they exist and without them (the ideas then stand on their own); no idea is left out
 * for lack of votes, and an anonymous session's model holds no person's name.
 */
import { indexIdeas, type IdeaIndex } from './cafe-ideas';
import type { CafeIdea, CafeRecord } from './cafe-record';
import type {
  ActionEntry,
  BacklogRow,
  Deliverable,
  IdeaEntry,
  IdeaGroup,
  MatrixPoint,
  NoteRow,
  Participation,
  QuestionSection,
  TableRef,
  WorkstreamEntry,
} from './deliverable-types';
import { localClock } from './local-time';
import { plenaryResults, type PlenaryResults } from './plenary-results';

export type DeliverableOptions = {
  /** The café's time zone (IANA name) for dates and times; UTC when omitted. */
  timeZone?: string;
};

type Context = {
  record: CafeRecord;
  ideas: IdeaIndex;
  results: PlenaryResults;
  /** People who gave a +1, per note or idea. */
  plusOnes: Map<string, Set<string>>;
  notesById: Map<string, CafeRecord['notes'][number]>;
};

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function tablesOf(ctx: Context, members: readonly CafeIdea[]): TableRef[] {
  return unique(members.map((m) => m.tableId))
    .map((id) => ctx.ideas.tableById.get(id))
    .filter((t): t is TableRef => t !== undefined)
    .sort((a, b) => a.number - b.number);
}

/** +1s of an idea and those marked "the same" as it: each person once. */
function groupPlusOnes(ctx: Context, members: readonly CafeIdea[]): number {
  const people = new Set<string>();
  for (const member of members) for (const person of ctx.plusOnes.get(member.id) ?? []) people.add(person);
  return people.size;
}

function sourceNotesOf(ctx: Context, members: readonly CafeIdea[]) {
  return unique(members.flatMap((m) => m.sourceNoteIds))
    .map((id) => ctx.notesById.get(id))
    .filter((n) => n !== undefined);
}

function ideaEntry(ctx: Context, members: readonly CafeIdea[]): IdeaEntry {
  const [idea] = members as [CafeIdea, ...CafeIdea[]];
  const tableOf = (m: CafeIdea) => ctx.ideas.tableById.get(m.tableId)!;
  return {
    id: idea.id,
    ref: ctx.ideas.refOf.get(idea.id)!,
    text: idea.text,
    round: idea.round,
    tables: unique([tableOf(idea), ...tablesOf(ctx, members)]),
    variants: members.slice(1).map((m) => ({ ref: ctx.ideas.refOf.get(m.id)!, text: m.text, round: m.round, table: tableOf(m) })),
    sourceNotes: sourceNotesOf(ctx, members).length,
    plusOnes: groupPlusOnes(ctx, members),
    vote: ctx.results.onWorkstreams ? null : ctx.results.voteOf(idea.id),
  };
}

function workstreamEntries(ctx: Context): WorkstreamEntry[] {
  const { ideas, results } = ctx;
  const refs = new Map(ideas.workstreams.map((w, i) => [w.id, `W${i + 1}`]));
  const byId = new Map(ideas.workstreams.map((w) => [w.id, w]));
  return results.workstreamsRanked.map((id) => {
    const roots = [...ideas.groups.keys()].filter((root) => ideas.workstreamOf.get(root) === id);
    const members = roots.flatMap((root) => ideas.groups.get(root) ?? []);
    return {
      id,
      name: byId.get(id)?.name ?? '',
      ref: refs.get(id) ?? '',
      ideas: roots.length,
      tables: tablesOf(ctx, members),
      plusOnes: roots.reduce((sum, root) => sum + groupPlusOnes(ctx, ideas.groups.get(root) ?? []), 0),
      vote: results.workstreamVoteOf(id),
    };
  });
}

function questionSections(ctx: Context, workstreams: readonly WorkstreamEntry[]): QuestionSection[] {
  const { record, ideas } = ctx;
  const inPositionOrder = ideas.workstreams.map((w) => workstreams.find((e) => e.id === w.id)!);
  return record.session.rounds.map((round, index) => {
    const roots = [...ideas.groups.entries()].filter(([, [root]]) => root?.round === index);
    const entries = roots.map(([id, members]) => ({ workstreamId: ideas.workstreamOf.get(id) ?? null, entry: ideaEntry(ctx, members) }));
    const groups: IdeaGroup[] = [
      ...inPositionOrder.map((w) => ({
        workstream: { id: w.id, name: w.name, vote: w.vote },
        ideas: entries.filter((e) => e.workstreamId === w.id).map((e) => e.entry),
      })),
      { workstream: null, ideas: entries.filter((e) => e.workstreamId === null).map((e) => e.entry) },
    ].filter((g) => g.ideas.length > 0);
    return {
      round: index,
      number: index + 1,
      question: round.question,
      durationMs: round.reflectionMs + round.sharingMs + round.consolidationMs,
      groups,
      ideaCount: record.ideas.filter((i) => i.round === index).length,
      noteCount: record.notes.filter((n) => n.round === index).length,
    };
  });
}

function itemLabel(ctx: Context, itemId: string): { ref: string; label: string; workstream: string | null } {
  const { ideas, results } = ctx;
  if (results.onWorkstreams) {
    const index = ideas.workstreams.findIndex((w) => w.id === itemId);
    return { ref: `W${index + 1}`, label: ideas.workstreams[index]?.name ?? '', workstream: ideas.workstreams[index]?.name ?? null };
  }
  const idea = ideas.groups.get(itemId)?.[0];
  const workstreamId = ideas.workstreamOf.get(itemId);
  return {
    ref: ideas.refOf.get(itemId) ?? '',
    label: idea?.text ?? '',
    workstream: ideas.workstreams.find((w) => w.id === workstreamId)?.name ?? null,
  };
}

function matrixPoints(ctx: Context): MatrixPoint[] {
  const { results } = ctx;
  const placed = results.ranked.map((itemId) => ({ itemId, assessment: results.assessmentOf(itemId) })).filter((p) => p.assessment.quadrant !== null);
  const order = (itemId: string) => results.shortlistPosition.get(itemId) ?? Number.MAX_SAFE_INTEGER;
  placed.sort((a, b) => order(a.itemId) - order(b.itemId));
  return placed.map(({ itemId, assessment }, i) => {
    const { ref, label } = itemLabel(ctx, itemId);
    return { ...assessment, quadrant: assessment.quadrant!, number: i + 1, itemId, ref, label, shortlisted: results.shortlistPosition.has(itemId) };
  });
}

function actionEntries(ctx: Context): ActionEntry[] {
  return ctx.results.actions.map((action) => {
    const itemId = ctx.results.onWorkstreams ? action.itemId : ctx.ideas.rootOf(action.itemId);
    const { ref, label, workstream } = itemLabel(ctx, itemId);
    return {
      code: action.code,
      itemId,
      ref,
      item: label,
      workstream,
      owner: action.owner,
      deadline: action.deadline,
      horizon: action.horizon,
      objective: action.objective,
      status: action.status,
    };
  });
}

function backlogRow(
  ctx: Context,
  kind: BacklogRow['kind'],
  itemId: string | null,
  members: readonly CafeIdea[],
  head: { ref: string; texts: string[] },
): BacklogRow {
  const { record, results } = ctx;
  const actions = itemId === null ? [] : results.actionsOf(itemId);
  const notes = sourceNotesOf(ctx, members);
  const firstRoot = members[0] ? ctx.ideas.rootOf(members[0].id) : null;
  const workstreamId = kind === 'workstream' ? itemId : firstRoot === null ? undefined : ctx.ideas.workstreamOf.get(firstRoot);
  const roots = unique(members.map((m) => ctx.ideas.rootOf(m.id)));
  return {
    ref: head.ref,
    kind,
    itemId: itemId ?? firstRoot ?? '',
    codes: actions.map((a) => a.code),
    workstream: ctx.ideas.workstreams.find((w) => w.id === workstreamId)?.name ?? null,
    questions: unique(members.map((m) => m.round))
      .sort((a, b) => a - b)
      .map((r) => ({ number: r + 1, text: record.session.rounds[r]?.question ?? '' })),
    tables: tablesOf(ctx, members),
    texts: head.texts,
    sourceNotes: { count: notes.length, texts: notes.map((n) => n.text) },
    plusOnes: roots.reduce((sum, root) => sum + groupPlusOnes(ctx, ctx.ideas.groups.get(root) ?? []), 0),
    vote: itemId === null ? null : results.voteOf(itemId),
    assessment: itemId === null ? { gain: null, effort: null, quadrant: null, overridden: false } : results.assessmentOf(itemId),
    owners: actions.map((a) => a.owner),
    deadlines: actions.flatMap((a) => (a.deadline === null ? [] : [a.deadline])),
    horizons: actions.flatMap((a) => (a.horizon === null ? [] : [a.horizon])),
    objectives: actions.map((a) => a.objective),
    statuses: actions.map((a) => a.status),
  };
}

function backlogRows(ctx: Context): BacklogRow[] {
  const { ideas, results } = ctx;
  const ideaRow = (root: string, itemId: string | null) => {
    const members = ideas.groups.get(root) ?? [];
    return backlogRow(ctx, 'idea', itemId, members, { ref: ideas.refOf.get(root) ?? '', texts: members.map((m) => m.text) });
  };
  if (!results.onWorkstreams) return results.ranked.map((root) => ideaRow(root, root));
  const rows = results.ranked.map((workstreamId) => {
    const roots = [...ideas.groups.keys()].filter((root) => ideas.workstreamOf.get(root) === workstreamId);
    const members = roots.flatMap((root) => ideas.groups.get(root) ?? []);
    return backlogRow(ctx, 'workstream', workstreamId, members, { ref: itemLabel(ctx, workstreamId).ref, texts: members.map((m) => m.text) });
  });
  // Ideas in no workstream are not voted items, but the backlog keeps them.
  const loose = [...ideas.groups.keys()].filter((root) => !ideas.workstreamOf.has(root));
  return [...rows, ...loose.map((root) => ideaRow(root, null))];
}

function noteRows(ctx: Context, dateTime: (iso: string) => string): NoteRow[] {
  const { record, ideas } = ctx;
  const names = new Map(record.participants.map((p) => [p.id, p.displayName]));
  const usedIn = new Map<string, string[]>();
  for (const idea of ideas.ordered)
    for (const noteId of idea.sourceNoteIds) usedIn.set(noteId, [...(usedIn.get(noteId) ?? []), ideas.refOf.get(idea.id) ?? '']);
  const rows = record.notes.map((note) => ({
    id: note.id,
    round: note.round,
    question: note.round + 1,
    table: ideas.tableById.get(note.tableId)!,
    author: record.session.anonymous ? null : (names.get(note.authorId) ?? null),
    text: note.text,
    plusOnes: ctx.plusOnes.get(note.id)?.size ?? 0,
    ideas: usedIn.get(note.id) ?? [],
    createdAt: dateTime(note.createdAt),
  }));
  return rows.sort((a, b) => a.round - b.round || a.table.number - b.table.number || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

function participation(record: CafeRecord): Participation {
  const perRound = record.session.rounds.map((_, round) => {
    const seated = new Set(record.seats.filter((s) => s.round === round).map((s) => s.participantId));
    const writers = new Set(record.notes.filter((n) => n.round === round).map((n) => n.authorId));
    return {
      round,
      number: round + 1,
      people: seated.size > 0 ? seated.size : writers.size,
      notes: record.notes.filter((n) => n.round === round).length,
      ideas: record.ideas.filter((i) => i.round === round).length,
    };
  });
  return {
    people: record.participants.length,
    tables: record.session.tables.length,
    rounds: record.session.rounds.length,
    notes: record.notes.length,
    ideas: record.ideas.length,
    plusOnes: record.reactions.length,
    voters: new Set(record.plenary.votes.filter((v) => v.dots > 0).map((v) => v.participantId)).size,
    raters: new Set(record.plenary.ratings.map((r) => r.raterId)).size,
    perRound,
  };
}

/** The document model of a café (see the module doc). */
export function buildDeliverable(record: CafeRecord, options: DeliverableOptions = {}): Deliverable {
  const clock = localClock(options.timeZone ?? 'UTC');
  const ideas = indexIdeas(record);
  const plusOnes = new Map<string, Set<string>>();
  for (const reaction of record.reactions) {
    const people = plusOnes.get(reaction.targetId);
    if (people) people.add(reaction.participantId);
    else plusOnes.set(reaction.targetId, new Set([reaction.participantId]));
  }
  const ctx: Context = { record, ideas, results: plenaryResults(record, ideas), plusOnes, notesById: new Map(record.notes.map((n) => [n.id, n])) };
  const names = new Map(record.participants.map((p) => [p.id, p.displayName]));
  const hosts = new Map(record.hosts.map((h) => [h.tableId, names.get(h.participantId) ?? null]));
  const workstreams = workstreamEntries(ctx);
  const { createdAt, startedAt, closedAt } = record.dates;
  const day = startedAt ?? createdAt;
  return {
    language: record.session.language,
    anonymous: record.session.anonymous,
    title: record.session.title,
    purpose: record.session.purpose,
    date: day === null ? null : clock.date(day),
    startedAt: startedAt === null ? null : clock.dateTime(startedAt),
    closedAt: closedAt === null ? null : clock.dateTime(closedAt),
    itemKind: record.session.plenary.voteOn,
    voted: ctx.results.voted,
    tables: ideas.tables.map((t) => ({ ...t, host: record.session.anonymous ? null : (hosts.get(t.id) ?? null) })),
    questions: questionSections(ctx, workstreams),
    workstreams,
    matrix: matrixPoints(ctx),
    actions: actionEntries(ctx),
    participation: participation(record),
    backlog: backlogRows(ctx),
    notes: noteRows(ctx, clock.dateTime),
  };
}
