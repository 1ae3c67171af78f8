import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from './locales';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-GB,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE,de;q=0.9,fr;q=0.8,en;q=0.5', 'fr'],
    ['de-DE,de;q=0.9', 'en'],
    ['en;q=0.4,fr;q=0.6', 'fr'],
    ['fr;q=0,en', 'en'],
    ['FR-ca', 'fr'],
    ['*', 'en'],
  ] as const)('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('isLocale', () => {
  it.each([
    ['fr', true],
    ['en', true],
    ['de', false],
    [undefined, false],
    [1, false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});
