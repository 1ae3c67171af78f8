import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    [null, '/console'],
    ['/console/sessions/abc', '/console/sessions/abc'],
    ['//evil.example', '/console'],
    ['/\\evil.example', '/console'],
    ['https://evil.example', '/console'],
    ['console', '/console'],
  ])('%s → %s', (next, expected) => expect(safeNextPath(next, '/console')).toBe(expected));
});
