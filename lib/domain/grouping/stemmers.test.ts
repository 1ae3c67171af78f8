import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem-en';
import { stemFrench } from './stem-fr';

/** Each family of forms must share one stem, and differ from the other families. */
const FRENCH_FAMILIES: string[][] = [
  ['formation', 'formations', 'former', 'formés', 'formée'],
  ['réunion', 'réunions'],
  ['équipe', 'équipes', 'équiper', 'équipement', 'équipements'],
  ['mobilité', 'mobile', 'mobiles'],
  ['rembourser', 'remboursement', 'remboursés'],
  ['flexible', 'flexibles'],
  ['local', 'locaux', 'locale'],
  ['bureau', 'bureaux'],
  ['sportif', 'sportive', 'sportifs'],
  ['information', 'informer', 'informations'],
  ['nettoyage', 'nettoyer'],
];

const ENGLISH_FAMILIES: string[][] = [
  ['cycling', 'cycle', 'cycles', 'cycled'],
  ['insulation', 'insulate', 'insulated'],
  ['meeting', 'meetings', 'meet'],
  ['garden', 'gardens', 'gardening'],
  ['energy', 'energies'],
  ['recycling', 'recycle', 'recycled'],
  ['park', 'parks', 'parking', 'parked'],
  ['communication', 'communicate'],
  ['management', 'manage', 'managed'],
  ['stop', 'stopping', 'stopped'],
];

describe.each([
  ['French', stemFrench, FRENCH_FAMILIES],
  ['English', stemEnglish, ENGLISH_FAMILIES],
] as const)('%s stemmer', (_language, stem, families) => {
  it.each(families.map((family) => [family.join(', '), family] as const))('%s share a stem', (_name, family) => {
    expect(new Set(family.map(stem)).size).toBe(1);
  });

  it('keeps the families apart', () => {
    const stems = families.map((family) => stem(family[0]!));
    expect(new Set(stems).size).toBe(families.length);
  });
});

describe('short and protected words', () => {
  it.each([
    ['bus', stemEnglish, 'bus'],
    ['stress', stemEnglish, 'stress'],
    ['stress', stemFrench, 'stress'],
    ['car', stemEnglish, 'car'],
    ['vélo', stemFrench, 'vélo'],
    ['tri', stemFrench, 'tri'],
  ] as const)('%s stays %s', (word, stem, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
