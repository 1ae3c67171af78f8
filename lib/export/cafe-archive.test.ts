import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAX_CHARS, ARCHIVE_MAX_DEPTH, exportCafeArchive, formatPath, nestingDepth, parseCafeArchive } from './cafe-archive';
import { RECORD_LIMITS, toTemplate, type CafeRecord } from './cafe-record';
import { claimsCafe } from './fixtures/claims-cafe';

const claims = claimsCafe();

/** A deep copy of the claims café, changed by `change`, as archive text (written by hand, not validated on the way out). */
function altered(change: (record: CafeRecord) => void): string {
  const copy = structuredClone(claims);
  change(copy);
  return JSON.stringify(copy);
}

function refusal(text: string) {
  const result = parseCafeArchive(text);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('exportCafeArchive / parseCafeArchive', () => {
  it.each([
    { name: 'a café voting on workstreams', record: claims },
    { name: 'a café voting on ideas', record: claimsCafe({ voteOn: 'ideas' }) },
    { name: 'an anonymous café without plenary', record: claimsCafe({ anonymous: true, plenary: false }) },
    { name: 'a template', record: toTemplate(claims) },
  ])('round trip of $name: the same record, then the same text', ({ record }) => {
    const text = exportCafeArchive(record);
    const parsed = parseCafeArchive(text);
    expect(parsed).toEqual({ ok: true, record });
    if (parsed.ok) expect(exportCafeArchive(parsed.record)).toBe(text);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseCafeArchive(`\uFEFF${exportCafeArchive(claims)}`).ok).toBe(true);
  });

  it('refuses to write an invalid record', () => {
    const broken = structuredClone(claims);
    broken.notes[0]!.tableId = 'nowhere';
    expect(() => exportCafeArchive(broken)).toThrow(/no table/);
  });
});

describe('parseCafeArchive refusals', () => {
  it('refuses a file too big before reading it', () => {
    expect(refusal(' '.repeat(ARCHIVE_MAX_CHARS + 1)).code).toBe('too-big');
  });

  it('refuses a file nested too deep without exhausting the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(refusal(deep).code).toBe('too-deep');
  });

  it.each([
    { name: 'brackets inside strings do not count', text: JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' }), depth: 1 },
    { name: 'an escaped quote does not end a string', text: JSON.stringify({ a: 'say \\"[[[[[[[[[[[[[[[[[[[[[[' }), depth: 1 },
    { name: 'nesting', text: '{"a":[{"b":[1]}]}', depth: 4 },
  ])('nestingDepth: $name', ({ text, depth }) => {
    expect(nestingDepth(text, ARCHIVE_MAX_DEPTH)).toBe(depth);
  });

  it.each([
    { name: 'not JSON', text: '{"format": "tournee-cafe",', code: 'not-json', message: /not valid JSON/ },
    { name: 'a list', text: '[1, 2]', code: 'wrong-format', message: /not a Tournée café archive/ },
    { name: 'another format', text: '{"format": "miro-board", "version": 1}', code: 'wrong-format', message: /"format": "tournee-cafe"/ },
    { name: 'a newer version', text: '{"format": "tournee-cafe", "version": 2}', code: 'wrong-version', message: /newer Tournée \(format version 2\)/ },
    {
      name: 'a version that is not a number',
      text: '{"format": "tournee-cafe", "version": "1"}',
      code: 'wrong-version',
      message: /Unknown archive version "1"/,
    },
  ])('refuses $name', ({ text, code, message }) => {
    const result = refusal(text);
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
  });
});

describe('parseCafeArchive checks every part', () => {
  it.each<{ name: string; change: (r: CafeRecord) => void; path: string; message: RegExp }>([
    { name: 'a secret field', change: (r) => Object.assign(r.participants[0]!, { tokenHash: 'x' }), path: 'participants[0]', message: /tokenHash/ },
    { name: 'a note at an unknown table', change: (r) => (r.notes[3]!.tableId = 't99'), path: 'notes[3].tableId', message: /no table with the id "t99"/ },
    { name: 'a note by an unknown author', change: (r) => (r.notes[0]!.authorId = 'p999'), path: 'notes[0].authorId', message: /no participant/ },
    { name: 'a note in a round that does not exist', change: (r) => (r.notes[0]!.round = 7), path: 'notes[0].round', message: /4 round\(s\)/ },
    { name: 'a note too long', change: (r) => (r.notes[0]!.text = 'x'.repeat(281)), path: 'notes[0].text', message: /280/ },
    { name: 'two notes with one id', change: (r) => (r.notes[1]!.id = r.notes[0]!.id), path: 'notes[1].id', message: /two notes/ },
    {
      name: "an idea whose source is another table's note",
      change: (r) => (r.ideas[0]!.sourceNoteIds = [r.notes.find((n) => n.tableId === 't2' && n.round === 0)!.id]),
      path: 'ideas[0].sourceNoteIds[0]',
      message: /another table/,
    },
    {
      name: "an idea whose source is another round's note",
      change: (r) => (r.ideas[0]!.sourceNoteIds = [r.notes.find((n) => n.tableId === 't1' && n.round === 1)!.id]),
      path: 'ideas[0].sourceNoteIds[0]',
      message: /another round/,
    },
    {
      name: 'an idea with an unknown source',
      change: (r) => r.ideas[0]!.sourceNoteIds.push('n-x'),
      path: 'ideas[0].sourceNoteIds[3]',
      message: /no note has this id/,
    },
    { name: 'a +1 on nothing', change: (r) => (r.reactions[0]!.targetId = 'gone'), path: 'reactions[0].targetId', message: /no note or idea/ },
    { name: 'a host of an unknown table', change: (r) => (r.hosts[0]!.tableId = 't0'), path: 'hosts[0].tableId', message: /no table/ },
    {
      name: 'a vote by an unknown person',
      change: (r) => (r.plenary.votes[0]!.participantId = 'p0'),
      path: 'plenary.votes[0].participantId',
      message: /no participant/,
    },
    {
      name: 'a vote on an idea when the programme votes on workstreams',
      change: (r) => (r.plenary.votes[0]!.itemId = r.ideas[0]!.id),
      path: 'plenary.votes[0].itemId',
      message: /votes on workstreams/,
    },
    {
      name: 'a rating by an unknown rater',
      change: (r) => (r.plenary.ratings[0]!.raterId = 'p0'),
      path: 'plenary.ratings[0].raterId',
      message: /no participant/,
    },
    { name: 'a rating out of the scale', change: (r) => (r.plenary.ratings[0]!.gain = 6), path: 'plenary.ratings[0].gain', message: /5/ },
    { name: 'an action on an unknown item', change: (r) => (r.plenary.actions[0]!.itemId = 'w9'), path: 'plenary.actions[0].itemId', message: /no workstream/ },
    { name: 'two actions with one code', change: (r) => (r.plenary.actions[1]!.code = 'A-01'), path: 'plenary.actions[1].code', message: /two actions/ },
    {
      name: 'a deadline that is not a date',
      change: (r) => (r.plenary.actions[0]!.deadline = '30/06/2025'),
      path: 'plenary.actions[0].deadline',
      message: /YYYY-MM-DD/,
    },
    {
      name: 'ideas marked "the same" in a loop',
      change: (r) => {
        r.plenary.placements[0]!.sameAsId = r.ideas[1]!.id;
        r.plenary.placements[1]!.sameAsId = r.ideas[0]!.id;
      },
      path: 'plenary.placements[0].sameAsId',
      message: /loop/,
    },
    {
      name: 'a placement in an unknown workstream',
      change: (r) => (r.plenary.placements[0]!.workstreamId = 'w0'),
      path: 'plenary.placements[0].workstreamId',
      message: /no workstream/,
    },
    { name: 'a template with participants', change: (r) => (r.kind = 'template'), path: 'participants', message: /a template holds no results/ },
    {
      name: 'too many participants',
      change: (r) => (r.participants = Array.from({ length: RECORD_LIMITS.participantsMax + 1 }, (_, i) => ({ ...r.participants[0]!, id: `x${i}` }))),
      path: 'participants',
      message: /5000/,
    },
    { name: 'a date that is not UTC', change: (r) => (r.dates.startedAt = '2025-03-14T09:30:00+01:00'), path: 'dates.startedAt', message: /UTC/ },
  ])('refuses $name, naming the path', ({ change, path, message }) => {
    const result = refusal(altered(change));
    expect(result.code).toBe('invalid');
    const issue = result.issues.find((i) => formatPath(i.path) === path);
    expect(issue?.message).toMatch(message);
    expect(result.message).toContain(path);
  });

  it('lists at most 50 problems of a badly broken file', () => {
    const result = refusal(altered((r) => r.notes.forEach((n) => (n.authorId = 'nobody'))));
    expect(result.issues.length).toBeLessThanOrEqual(50);
    expect(result.message).toMatch(/and \d+ more/);
  });
});
