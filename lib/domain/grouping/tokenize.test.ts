import { describe, expect, it } from 'vitest';
import { stripAccents, tokenize } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['Moins de réunions, et plus courtes !', ['moins', 'de', 'réunions', 'et', 'plus', 'courtes']],
    ["L’open space de l'étage", ['open', 'space', 'de', 'étage']],
    ["L'open-space", ['open', 'space', 'openspace']],
    ["Qu'on arrête les mails d’hier", ['on', 'arrête', 'les', 'mails', 'hier']],
    ['Bien-être au travail', ['bien', 'être', 'bienêtre', 'au', 'travail']],
    ["The town's second-hand shop", ['the', 'town', 'second', 'hand', 'secondhand', 'shop']],
    ['Réunions de 30 minutes, 3e étage, 7h-10h, CO2', ['réunions', 'de', 'minutes', 'étage', 'co2']],
    ['A B c', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('stripAccents', () => {
  it.each([
    ['télétravail', 'teletravail'],
    ['français', 'francais'],
    ['œuvre', 'œuvre'],
    ['naïve', 'naive'],
  ])('%s → %s', (word, expected) => {
    expect(stripAccents(word)).toBe(expected);
  });
});
