import { describe, expect, it } from 'vitest';
import { ACTION_ERROR_CODES } from './actions';
import { RATING_ERROR_CODES } from './assessment';
import { PLENARY_ERROR_CODES } from './plenary-errors';
import { RESTITUTION_ERROR_CODES } from './restitution';
import { SHORTLIST_ERROR_CODES } from './shortlist';
import { VOTE_ERROR_CODES } from './vote';
import { WORKSTREAM_ERROR_CODES } from './workstreams';

describe('PLENARY_ERROR_CODES', () => {
  it('lists every code of the rules, once', () => {
    const union = new Set([
      ...VOTE_ERROR_CODES,
      ...WORKSTREAM_ERROR_CODES,
      ...SHORTLIST_ERROR_CODES,
      ...RATING_ERROR_CODES,
      ...ACTION_ERROR_CODES,
      ...RESTITUTION_ERROR_CODES,
    ]);
    expect([...PLENARY_ERROR_CODES].sort()).toEqual([...union].sort());
  });
});
