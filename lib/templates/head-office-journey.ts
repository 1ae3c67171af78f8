/**
 * Template: the internal journey between a head office and its subsidiaries, from the idea to the
 * launch of a new offer — what each side does, the irritants, the tools. Each table follows one step;
 * anonymous notes, so that both sides say where it gets stuck. The plenary votes on workstreams.
 */
import type { PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import type { TableColour } from '@/lib/realtime/contract';
import { minutes, templateRecord } from './template-record';

const ROUND: [number, number, number] = [3, 12, 8];
const COLOURS: TableColour[] = ['yellow', 'orange', 'purple', 'blue', 'teal', 'green'];

const plenary: PlenaryProgramme = {
  steps: ['restitution', 'workstreams', 'vote', 'assessment', 'actions'],
  restitutionSlotMs: minutes(3),
  stepDurationsMs: { workstreams: minutes(15), vote: minutes(5), assessment: minutes(10), actions: minutes(20) },
  dotsPerPerson: 3,
  maxDotsPerItem: 1,
  voteOn: 'workstreams',
  ratedBy: 'organiser',
  shortlistSize: 5,
};

const en = templateRecord({
  title: 'Head office and subsidiaries: from the idea to the launch',
  purpose:
    'Look together, head office and subsidiaries, at how a new offer goes from the idea to the launch: who does what on each side, where it gets stuck, and with which tools. Each table follows one step of the journey; people change tables every round to mix viewpoints. Notes are anonymous.',
  language: 'en',
  anonymous: true,
  rounds: [
    ['From the idea to the launch of a new offer: at this table’s step, what does head office do, and what does the subsidiary do?', ROUND],
    ['Where does it get stuck: which irritants and hand-offs slow us down or make us redo work, on either side?', ROUND],
    ['Which tools, rituals and rules would make the journey smooth for both sides?', ROUND],
  ],
  tables: ['The idea', 'Business case', 'Design', 'Approval', 'Local adaptation', 'Launch'].map((name, i) => [name, COLOURS[i]!]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

const fr = templateRecord({
  title: 'Parcours siège – filiales : de l’idée au lancement',
  purpose:
    'Regarder ensemble, siège et filiales, comment une nouvelle offre passe de l’idée au lancement : qui fait quoi de chaque côté, où ça coince, et avec quels outils. Chaque table suit une étape du parcours ; les participants changent de table à chaque tour pour croiser les regards. Les notes sont anonymes.',
  language: 'fr',
  anonymous: true,
  rounds: [
    ['De l’idée au lancement d’une nouvelle offre : à l’étape de cette table, que fait le siège, et que fait la filiale ?', ROUND],
    ['Où ça coince : quels irritants et quels passages de relais nous ralentissent ou nous font refaire le travail, d’un côté comme de l’autre ?', ROUND],
    ['Quels outils, quels rituels et quelles règles rendraient le parcours fluide pour les deux côtés ?', ROUND],
  ],
  tables: ['L’idée', 'L’étude d’opportunité', 'La conception', 'La validation', 'L’adaptation locale', 'Le lancement'].map((name, i) => [name, COLOURS[i]!]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

export const headOfficeJourney = { id: 'head-office-subsidiaries', en, fr } as const;
