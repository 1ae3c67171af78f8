import { describe, expect, it } from 'vitest';
import { isPlausibleJoinCode, normaliseJoinCode } from './join-code';

describe('normaliseJoinCode', () => {
  it.each([
    ['k7m2qp', 'K7M2QP'],
    [' K7M-2QP ', 'K7M2QP'],
    ['k7 m2 qp', 'K7M2QP'],
  ])('%s → %s', (input, expected) => expect(normaliseJoinCode(input)).toBe(expected));
});

describe('isPlausibleJoinCode', () => {
  it.each([
    ['K7M2QP', true],
    ['ABC', false],
    ['K7M2Q!', false],
    ['', false],
    ['A'.repeat(17), false],
  ])('%s → %s', (code, expected) => expect(isPlausibleJoinCode(code)).toBe(expected));
});
