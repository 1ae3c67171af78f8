import { describe, expect, it } from 'vitest';
import type { ErrorCode, MyNote } from '@/lib/realtime/contract';
import {
  dismiss,
  enqueue,
  isPermanentFailure,
  markAttempted,
  mergeNotes,
  nextToSend,
  parseStored,
  settle,
  toStored,
  type NoteWrite,
  type Outbox,
  type OutboxEntry,
} from './outbox';

const ROUND = 0;
let counter = 0;
const cmd = () => `cmd-${String(++counter).padStart(4, '0')}`;

/** Enqueues writes in order (all in round 0). */
function build(...writes: NoteWrite[]): OutboxEntry[] {
  return writes.reduce<OutboxEntry[]>((box, w) => enqueue(box, w, { commandId: cmd(), round: ROUND }), []);
}
const add = (noteId: string, text: string): NoteWrite => ({ kind: 'add', noteId, text });
const edit = (noteId: string, text: string): NoteWrite => ({ kind: 'edit', noteId, text });
const del = (noteId: string): NoteWrite => ({ kind: 'delete', noteId });
const summary = (box: Outbox) => box.map((e) => `${e.kind}:${e.noteId}${'text' in e ? `=${e.text}` : ''}:${e.state}${e.attempted ? '*' : ''}`);

/** Sends the head of the outbox and settles it with `result`. */
function sendHead(box: Outbox, result: { ok: true } | { ok: false; code: ErrorCode }): OutboxEntry[] {
  const head = nextToSend(box);
  if (!head) throw new Error('nothing to send');
  return settle(markAttempted(box, head.commandId), head.commandId, result);
}

describe('enqueue', () => {
  it.each<[string, NoteWrite[], string[]]>([
    ['keeps writes in order', [add('n1', 'a'), add('n2', 'b')], ['add:n1=a:pending', 'add:n2=b:pending']],
    ['folds an edit into an unsent add', [add('n1', 'a'), edit('n1', 'b')], ['add:n1=b:pending']],
    ['folds edits into one unsent edit', [edit('n1', 'a'), edit('n1', 'b')], ['edit:n1=b:pending']],
    ['cancels a never-sent note on delete', [add('n1', 'a'), add('n2', 'b'), edit('n1', 'c'), del('n1')], ['add:n2=b:pending']],
    ['drops unsent edits before a delete of a stored note', [edit('n1', 'a'), del('n1')], ['delete:n1:pending']],
  ])('%s', (_name, writes, expected) => expect(summary(build(...writes))).toEqual(expected));

  it('never rewrites a write already sent once (its id may be known to the server)', () => {
    let box = build(add('n1', 'a'));
    box = markAttempted(box, box[0]!.commandId);
    box = enqueue(box, edit('n1', 'b'), { commandId: cmd(), round: ROUND });
    expect(summary(box)).toEqual(['add:n1=a:pending*', 'edit:n1=b:pending']);
    box = enqueue(box, del('n1'), { commandId: cmd(), round: ROUND });
    expect(summary(box)).toEqual(['add:n1=a:pending*', 'delete:n1:pending']);
  });
});

describe('sending and acknowledgements', () => {
  it('sends the oldest pending write first, then the next', () => {
    let box = build(add('n1', 'a'), add('n2', 'b'));
    expect(nextToSend(box)?.noteId).toBe('n1');
    box = sendHead(box, { ok: true });
    expect(nextToSend(box)?.noteId).toBe('n2');
    box = sendHead(box, { ok: true });
    expect(nextToSend(box)).toBeNull();
    expect(summary(box)).toEqual(['add:n1=a:sent*', 'add:n2=b:sent*']);
  });

  it.each<[ErrorCode, boolean]>([
    ['internal', false],
    ['rate-limited', false],
    ['unauthorised', false],
    ['wrong-phase', true],
    ['invalid-payload', true],
    ['forbidden', true],
    ['not-found', true],
    ['too-many', true],
    ['conflict', true],
    ['not-seated', true],
  ])('%s is permanent: %s', (code, permanent) => {
    expect(isPermanentFailure(code)).toBe(permanent);
    const box = sendHead(build(add('n1', 'a')), { ok: false, code });
    expect(box[0]!.state).toBe(permanent ? 'failed' : 'pending');
    expect(nextToSend(box)?.noteId).toBe(permanent ? undefined : 'n1');
  });

  it('a refused add takes the later writes to that note with it, not the others', () => {
    let box = build(add('n1', 'a'));
    box = markAttempted(box, box[0]!.commandId);
    box = enqueue(box, edit('n1', 'b'), { commandId: cmd(), round: ROUND });
    box = enqueue(box, add('n2', 'c'), { commandId: cmd(), round: ROUND });
    box = settle(box, box[0]!.commandId, { ok: false, code: 'wrong-phase' });
    expect(summary(box)).toEqual(['add:n1=a:failed*', 'edit:n1=b:failed', 'add:n2=c:pending']);
    expect(nextToSend(box)?.noteId).toBe('n2');
  });

  it('ignores an answer for an unknown or settled command', () => {
    const box = sendHead(build(add('n1', 'a')), { ok: true });
    expect(settle(box, box[0]!.commandId, { ok: false, code: 'conflict' })).toEqual(box);
    expect(settle(box, 'unknown-id', { ok: true })).toEqual(box);
  });

  it('dismisses a failed note', () => {
    const box = sendHead(build(add('n1', 'a'), add('n2', 'b')), { ok: false, code: 'too-many' });
    expect(summary(dismiss(box, 'n1'))).toEqual(['add:n2=b:pending']);
  });
});

describe('mergeNotes', () => {
  const server: MyNote[] = [
    { id: 's1', text: 'from server', round: 0, tableId: 't' },
    { id: 's2', text: 'second', round: 0, tableId: 't' },
    { id: 'old', text: 'last round', round: 1, tableId: 't' },
  ];
  const show = (notes: ReturnType<typeof mergeNotes>) => notes.map((n) => `${n.id}=${n.text}:${n.status}${n.error ? `:${n.error}` : ''}`);

  it.each<[string, () => Outbox, string[]]>([
    ['server notes of the round only', () => [], ['s1=from server:sent', 's2=second:sent']],
    ['a pending add comes last, waiting', () => build(add('n1', 'new')), ['s1=from server:sent', 's2=second:sent', 'n1=new:pending']],
    ['a pending edit rewrites the text', () => build(edit('s1', 'changed')), ['s1=changed:pending', 's2=second:sent']],
    ['a pending delete hides the note', () => build(del('s2')), ['s1=from server:sent']],
    [
      'an acknowledged add stays (the snapshot does not know it yet)',
      () => sendHead(build(add('n1', 'new')), { ok: true }),
      ['s1=from server:sent', 's2=second:sent', 'n1=new:sent'],
    ],
    ['an acknowledged delete stays deleted', () => sendHead(build(del('s1')), { ok: true }), ['s2=second:sent']],
    [
      'a refused add keeps its text, with the error',
      () => sendHead(build(add('n1', 'typed')), { ok: false, code: 'wrong-phase' }),
      ['s1=from server:sent', 's2=second:sent', 'n1=typed:failed:wrong-phase'],
    ],
    [
      'a refused edit keeps the typed text',
      () => sendHead(build(edit('s1', 'typed')), { ok: false, code: 'conflict' }),
      ['s1=typed:failed:conflict', 's2=second:sent'],
    ],
    [
      'a refused delete brings the note back',
      () => sendHead(build(del('s1')), { ok: false, code: 'forbidden' }),
      ['s1=from server:failed:forbidden', 's2=second:sent'],
    ],
    [
      'an add already in the snapshot is not shown twice',
      () => sendHead(build(add('s1', 'from server')), { ok: true }),
      ['s1=from server:sent', 's2=second:sent'],
    ],
  ])('%s', (_name, box, expected) => expect(show(mergeNotes(server, box(), 0))).toEqual(expected));

  it('leaves out writes of another round', () => {
    const box = enqueue([], add('x', 'other'), { commandId: cmd(), round: 1 });
    expect(show(mergeNotes(server, box, 0))).toEqual(['s1=from server:sent', 's2=second:sent']);
  });
});

describe('storage', () => {
  it('keeps pending and failed writes, drops acknowledged ones, and reads them back', () => {
    let box = build(add('n1', 'a'), add('n2', 'b'), add('n3', 'c'));
    box = sendHead(box, { ok: true });
    box = sendHead(box, { ok: false, code: 'too-many' });
    const stored = toStored(box);
    expect(summary(stored)).toEqual(['add:n2=b:failed*', 'add:n3=c:pending']);
    expect(parseStored(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([null, '', 'not json', '{"a":1}', '[{"kind":"add"}]'])('reads %j as empty', (raw) => expect(parseStored(raw)).toEqual([]));
});
