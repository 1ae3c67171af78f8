import { describe, expect, it } from 'vitest';
import { bearerToken, timeZoneOf } from './deliverable-access';

const request = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });

describe('bearerToken', () => {
  it.each([
    [{ authorization: 'Bearer abc_DEF-123' }, 'abc_DEF-123'],
    [{ authorization: 'bearer abc' }, null],
    [{ authorization: 'Bearer ' }, null],
    [{ authorization: 'Bearer a b' }, null],
    [{ authorization: 'Bearer <script>' }, null],
    [{ authorization: `Bearer ${'a'.repeat(129)}` }, null],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, null],
    [{}, null],
  ])('%j → %j', (headers, expected) => {
    expect(bearerToken(request('/', headers))).toBe(expected);
  });
});

describe('timeZoneOf', () => {
  it.each([
    ['?tz=Europe/Paris', 'Europe/Paris'],
    ['?tz=UTC', 'UTC'],
    ['?tz=America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ])('%s → %s', (query, zone) => {
    expect(timeZoneOf(request(`/x${query}`))).toEqual({ ok: true, timeZone: zone });
  });

  it('defaults to the server’s own zone', () => {
    expect(timeZoneOf(request('/x'))).toEqual({ ok: true, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });

  it.each(['?tz=Mars/Olympus', '?tz=', `?tz=${encodeURIComponent('../../etc/passwd')}`, `?tz=${'A'.repeat(200)}`])('%s is a 400', async (query) => {
    const result = timeZoneOf(request(`/x${query}`));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(400);
      expect(await result.response.json()).toMatchObject({ code: 'invalid-payload' });
    }
  });
});
