import { describe, expect, it } from 'vitest';
import { safeDecode } from './safe-decode';

describe('safeDecode', () => {
  it.each([
    ['ABC123', 'ABC123'],
    ['K7M%202QP', 'K7M 2QP'],
    ['%C3%A9t%C3%A9', 'été'],
    ['%ff', '%ff'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(safeDecode(input)).toBe(expected));
});
