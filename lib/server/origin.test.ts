import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin';

describe('originAllowed', () => {
  it.each([
    { name: 'no Origin: not a browser page', origin: undefined, hosts: ['a:3000'], expected: true },
    { name: 'null Origin header', origin: null, hosts: ['a:3000'], expected: true },
    { name: 'the same host', origin: 'http://a:3000', hosts: ['a:3000'], expected: true },
    { name: 'another allowed host', origin: 'https://cafe.example', hosts: ['a:3000', 'cafe.example'], expected: true },
    { name: 'another port is another site', origin: 'http://a:4000', hosts: ['a:3000'], expected: false },
    { name: 'another site', origin: 'https://evil.example', hosts: ['a:3000'], expected: false },
    { name: 'not a URL', origin: 'null', hosts: ['a:3000'], expected: false },
    { name: 'unknown allowed hosts are skipped', origin: 'http://a:3000', hosts: [null, undefined, 'a:3000'], expected: true },
  ])('$name → $expected', ({ origin, hosts, expected }) => {
    expect(originAllowed(origin, hosts)).toBe(expected);
  });
});
