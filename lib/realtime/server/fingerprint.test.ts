import { describe, expect, it } from 'vitest';
import { canonicalJson, commandFingerprint } from './fingerprint';

describe('canonicalJson', () => {
  it.each([
    { name: 'keys in order, at every depth', a: { b: 1, a: { d: [1, 2], c: 'x' } }, expected: '{"a":{"c":"x","d":[1,2]},"b":1}' },
    { name: 'undefined fields left out', a: { a: 1, b: undefined }, expected: '{"a":1}' },
    { name: 'null kept', a: { a: null }, expected: '{"a":null}' },
    { name: 'array order kept', a: [3, 1, 2], expected: '[3,1,2]' },
    { name: 'text escaped', a: { 'k"': 'é\n' }, expected: '{"k\\"":"é\\n"}' },
  ])('$name', ({ a, expected }) => {
    expect(canonicalJson(a)).toBe(expected);
  });
});

describe('commandFingerprint', () => {
  const same = (a: [string, unknown], b: [string, unknown]) => commandFingerprint(...a) === commandFingerprint(...b);

  it.each([
    {
      name: 'the same payload, another commandId',
      a: ['note:add', { commandId: 'a', text: 'x' }],
      b: ['note:add', { commandId: 'b', text: 'x' }],
      equal: true,
    },
    {
      name: 'the same payload, keys in another order',
      a: ['seat:take', { table: 1, commandId: 'a' }],
      b: ['seat:take', { commandId: 'a', table: 1 }],
      equal: true,
    },
    { name: 'another text', a: ['note:add', { commandId: 'a', text: 'x' }], b: ['note:add', { commandId: 'a', text: 'y' }], equal: false },
    { name: 'another command', a: ['note:edit', { commandId: 'a', text: 'x' }], b: ['note:add', { commandId: 'a', text: 'x' }], equal: false },
    { name: 'a field more', a: ['seat:take', { commandId: 'a', table: 1 }], b: ['seat:take', { commandId: 'a', table: 1, hostKey: 'k' }], equal: false },
  ] as { name: string; a: [string, unknown]; b: [string, unknown]; equal: boolean }[])('$name: equal $equal', ({ a, b, equal }) => {
    expect(same(a, b)).toBe(equal);
  });
});
