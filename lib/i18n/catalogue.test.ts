import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUE } from './catalogue';
import { LANGUAGES } from './locales';

/** Every placeholder any message uses, with a value. */
const VALUES = {
  count: 2,
  rounds: 3,
  tables: 4,
  participants: 5,
  n: 1,
  max: 120,
  title: 'T',
  round: 1,
  total: 3,
  phase: 'P',
  url: 'http://x',
  name: 'Ana',
  reason: 'R',
  number: 3,
  colour: 'green',
  text: 'Note',
  written: 2,
  shared: 1,
  names: 'Ana, Bo',
  people: 30,
  pairs: 5,
  value: 2,
  bound: 1,
  other: 'Bo',
  a: 'Ana',
  b: 'Bo',
  checkedIn: 28,
  here: 3,
  table: 'Table 5 — Green',
  min: 4,
  capacity: 48,
  from: 'Table 1 — Red',
  to: 'Table 2 — Green',
  list: '1, 2',
  elision: 'yes',
  margin: 12,
  seconds: 30,
};

/** Every message of a catalogue, with its dotted key. */
function leaves(tree: { [key: string]: unknown }, prefix = ''): [key: string, text: string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]];
    if (typeof value === 'object' && value !== null) return leaves({ ...value }, `${prefix}${key}.`);
    return [];
  });
}

const leafKeys = (tree: { [key: string]: unknown }) => leaves(tree).map(([key]) => key);

describe('catalogues', () => {
  it('have the same keys in every language', () => {
    const reference = leafKeys(CATALOGUE.en).sort();
    for (const locale of LANGUAGES) expect(leafKeys(CATALOGUE[locale]).sort()).toEqual(reference);
  });

  it.each(LANGUAGES)('%s: every message formats without error', (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: CATALOGUE[locale], onError: (e) => errors.push(e.message) });
    // The translator's keys are typed literals; this test walks them as strings.
    const translate = t as unknown as (key: string, values: typeof VALUES) => string;
    for (const key of leafKeys(CATALOGUE[locale])) expect(translate(key, VALUES)).not.toBe('');
    expect(errors).toEqual([]);
  });

  // French typography: a space before : ; ! ? » and after « never breaks the line (a "?" alone on the
  // next line of a phone's button). The catalogue uses a no-break space there, never a plain one.
  it('fr: a no-break space, never a plain one, before : ; ! ? » and after «', () => {
    const plain = leaves(CATALOGUE.fr).flatMap(([key, text]) => (/ [:;!?»]|« /.test(text) ? [`${key}: ${text}`] : []));
    expect(plain).toEqual([]);
  });
});
