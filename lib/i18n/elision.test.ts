import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUE } from './catalogue';
import { elides, elision } from './elision';

describe('elides', () => {
  it.each<[string, boolean]>([
    ['Amina', true],
    ['Émile', true],
    ['élodie', true],
    ['Isaac', true],
    ['Oscar', true],
    ['Ugo', true],
    ['Œdipe', true],
    ['Ève', true],
    ['  Anne', true],
    ['Yves', true],
    ['Yann', false],
    ['Yasmine', false],
    ['Bruno', false],
    ['Hélène', false],
    ['Zoé', false],
    ['3M', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(elides(word)).toBe(expected);
  });
});

describe('French messages that put "de" before a name', () => {
  const fr = createTranslator({ locale: 'fr', messages: CATALOGUE.fr });
  const en = createTranslator({ locale: 'en', messages: CATALOGUE.en });
  it.each<[string, string, string]>([
    ['Amina', 'Table d’Amina', 'Annuler l’échange d’Amina'],
    ['Élodie', 'Table d’Élodie', 'Annuler l’échange d’Élodie'],
    ['Bruno', 'Table de Bruno', 'Annuler l’échange de Bruno'],
  ])('%s', (name, table, swap) => {
    expect(fr('board.tableFor', { name, elision: elision(name) })).toBe(table);
    expect(fr('rotation.swapCancel', { name, elision: elision(name) })).toBe(swap);
  });

  it('English ignores the elision', () => {
    expect(en('board.tableFor', { name: 'Amina', elision: 'yes' })).toBe('Table for Amina');
  });
});
