import { describe, expect, it } from 'vitest';
import { cacheKey, DELIVERABLE_CACHE_MS, PromiseCache } from './deliverable-cache';

const row = { id: 's1', stage: 'closed' as const, seq: 40, updatedAt: 1000 };

describe('cacheKey', () => {
  it.each([
    ['a closed café', row, 'docx', 'UTC', 's1:40:1000:UTC:docx'],
    ['another file', row, 'md', 'UTC', 's1:40:1000:UTC:md'],
    ['another time zone', row, 'docx', 'Europe/Paris', 's1:40:1000:Europe/Paris:docx'],
    ['a later change', { ...row, seq: 41 }, 'docx', 'UTC', 's1:41:1000:UTC:docx'],
    ['a café still running', { ...row, stage: 'plenary' as const }, 'docx', 'UTC', null],
    ['a café in its lobby', { ...row, stage: 'lobby' as const }, 'docx', 'UTC', null],
  ])('%s', (_name, session, what, zone, expected) => {
    expect(cacheKey(session, what, zone)).toBe(expected);
  });
});

describe('PromiseCache', () => {
  it('builds once for requests that come together, and again once expired', async () => {
    const cache = new PromiseCache<number>();
    let builds = 0;
    const build = () => Promise.resolve(++builds);
    const together = await Promise.all([cache.get('k', 0, build), cache.get('k', 10, build), cache.get('k', 20, build)]);
    expect(together).toEqual([1, 1, 1]);
    expect(await cache.get('k', DELIVERABLE_CACHE_MS - 1, build)).toBe(1);
    expect(await cache.get('k', DELIVERABLE_CACHE_MS, build)).toBe(2);
  });

  it('does not keep a failed build', async () => {
    const cache = new PromiseCache<number>();
    await expect(cache.get('k', 0, () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    expect(await cache.get('k', 1, () => Promise.resolve(7))).toBe(7);
  });

  it('forgets the oldest entries past its size', async () => {
    const cache = new PromiseCache<string>();
    for (let i = 0; i < 40; i++) await cache.get(`k${i}`, 0, () => Promise.resolve(`first ${i}`));
    expect(await cache.get('k0', 1, () => Promise.resolve('rebuilt'))).toBe('rebuilt');
    expect(await cache.get('k39', 1, () => Promise.resolve('rebuilt'))).toBe('first 39');
  });
});
