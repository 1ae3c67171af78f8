import { describe, expect, it } from 'vitest';
import { isSynthesisKey, synthesisKey, synthesisPath } from './synthesis-key';

describe('the synthesis key', () => {
  const key = synthesisKey('session-1', 'projector-key-1');

  it('is 22 URL-safe characters (128 bits), the same every time for a session', () => {
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(synthesisKey('session-1', 'projector-key-1')).toBe(key);
  });

  it.each([
    ['another session', 'session-2', 'projector-key-1'],
    ['another projector key', 'session-1', 'projector-key-2'],
  ])('changes with %s', (_name, session, screenKey) => {
    expect(synthesisKey(session, screenKey)).not.toBe(key);
  });

  it('does not contain the projector key', () => {
    expect(key).not.toContain('projector');
  });

  it.each([
    [key, true],
    [key.slice(0, 21), false],
    [`${key}x`, false],
    [key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), false],
    ['', false],
    ['é'.repeat(22), false],
  ])('%j is the key: %s', (candidate, expected) => {
    expect(isSynthesisKey(candidate, 'session-1', 'projector-key-1')).toBe(expected);
  });

  it('makes the page’s path', () => {
    expect(synthesisPath('session-1', 'projector-key-1')).toBe(`/synthesis/session-1/${key}`);
  });
});
