import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import type { PlenaryStage } from '@/lib/domain/plenary/plenary-sequence';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import type { Language } from '@/lib/i18n/locales';
import { plenaryPhoneInstruction, plenaryStageTitle, type PhoneContext, type PlenaryWords } from './plenary-words';

const say = (language: Language, words: PlenaryWords) =>
  createTranslator({ locale: language, messages: CATALOGUE[language], namespace: 'plenaryStage' })(words.key, words.values);

const NBSP = '\u00a0';
const restitution = (table: number): PlenaryStage => ({ kind: 'plenary', step: 'restitution', table });
const step = (s: 'workstreams' | 'vote' | 'assessment' | 'actions' | 'open'): PlenaryStage => ({ kind: 'plenary', step: s });

describe('plenaryStageTitle', () => {
  it.each<[string, PlenaryStage, number, string, string]>([
    ['the first table', restitution(0), 5, 'Plenary · Table 1 of 5 presenting', 'Plénière · Restitution, table 1 sur 5'],
    ['the second table', restitution(1), 5, 'Plenary · Table 2 of 5 presenting', 'Plénière · Restitution, table 2 sur 5'],
    ['a table beyond a count that shrank', restitution(3), 2, 'Plenary · Table 4 of 4 presenting', 'Plénière · Restitution, table 4 sur 4'],
    ['the workstreams', step('workstreams'), 5, 'Plenary · Workstreams', 'Plénière · Chantiers'],
    ['the vote', step('vote'), 5, 'Plenary · Silent vote', 'Plénière · Vote silencieux'],
    ['effort × gain', step('assessment'), 5, 'Plenary · Effort × gain', 'Plénière · Effort × gain'],
    ['the action plan', step('actions'), 5, 'Plenary · Action plan', 'Plénière · Plan d’action'],
    ['an open plenary', step('open'), 5, 'Plenary', 'Plénière'],
  ])('%s', (_, stage, tables, en, fr) => {
    const words = plenaryStageTitle(stage, tables);
    expect(say('en', words)).toBe(en);
    expect(say('fr', words)).toBe(fr);
  });
});

describe('plenaryPhoneInstruction', () => {
  const everyone: PhoneContext = { ratedBy: 'everyone', voteStatus: 'not-started', presenting: false };
  it.each<[string, PlenaryStage, Partial<PhoneContext>, string, string]>([
    ['a table presents', restitution(1), {}, 'Listen to the table presenting its ideas', 'Écoutez la table qui présente ses idées'],
    [
      'the presenting host',
      restitution(1),
      { presenting: true },
      'Your table presents: show its ideas one by one',
      `Votre table présente${NBSP}: montrez ses idées une à une`,
    ],
    ['the workstreams', step('workstreams'), {}, 'The organiser is grouping the ideas into workstreams', 'L’organisateur regroupe les idées en chantiers'],
    ['a vote not open', step('vote'), {}, 'Silent vote: wait for the organiser to open it', `Vote silencieux${NBSP}: attendez que l’organisateur l’ouvre`],
    ['the vote open', step('vote'), { voteStatus: 'open' }, 'Silent vote: place your dots', `Vote silencieux${NBSP}: placez vos gommettes`],
    ['the vote closed', step('vote'), { voteStatus: 'closed' }, 'The vote is closed: here are the results', `Le vote est clos${NBSP}: voici les résultats`],
    ['everyone rates', step('assessment'), {}, 'Rate the gain and the effort of each item', 'Notez le gain et l’effort de chaque élément'],
    [
      'the organiser rates',
      step('assessment'),
      { ratedBy: 'organiser' },
      'The organiser is rating the gain and the effort of each item',
      'L’organisateur note le gain et l’effort de chaque élément',
    ],
    ['the action plan', step('actions'), {}, 'The action plan is being drawn up', 'Le plan d’action est en cours de rédaction'],
    ['an open plenary', step('open'), {}, 'Plenary: open discussion', `Plénière${NBSP}: discussion libre`],
  ])('%s', (_, stage, context, en, fr) => {
    const words = plenaryPhoneInstruction(stage, { ...everyone, ...context });
    expect(say('en', words)).toBe(en);
    expect(say('fr', words)).toBe(fr);
  });
});
