import { describe, expect, it } from 'vitest';
import { languageOf, termsOf } from './terms';

describe('languageOf', () => {
  it.each([
    [['moins', 'de', 'réunions', 'et', 'plus', 'courtes'], 'en', 'fr'],
    [['more', 'buses', 'in', 'the', 'evening'], 'fr', 'en'],
    [['vélo', 'bus'], 'en', 'en'],
    [['vélo', 'bus'], 'fr', 'fr'],
  ] as const)('%j (session in %s) → %s', (tokens, fallback, expected) => {
    expect(languageOf(tokens, fallback)).toBe(expected);
  });
});

describe('termsOf', () => {
  it.each([
    ['Des pistes cyclables sécurisées', 'fr', ['pist', 'cycl', 'securis', '#cycling-walking', '#safety']],
    ['Moins de réunions, plus courtes', 'fr', ['reun', 'court', '#meetings']],
    // "training" is the whole word of a theme: it does not become the train of public transport.
    ['Training for managers', 'en', ['train', 'manager', '#training-careers', '#management']],
    ['Trains every hour', 'en', ['train', 'hour', '#public-transport', '#remote-work']],
  ] as const)('%j', (text, language, expected) => {
    expect(termsOf(text, language).map((t) => t.stem)).toEqual(expected);
  });
});
