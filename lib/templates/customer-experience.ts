/**
 * Template: a customer-experience café about one step of the customer journey — good practices,
 * solutions to irritants, their workstreams, mobile features, relationship-marketing moments and
 * value-added services. Six short rounds, then a plenary that votes on the solutions.
 */
import type { PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import type { TableColour } from '@/lib/realtime/contract';
import { minutes, templateRecord } from './template-record';

const ROUND: [number, number, number] = [2, 8, 5];
const COLOURS: TableColour[] = ['blue', 'green', 'orange', 'purple', 'teal', 'pink'];

const plenary: PlenaryProgramme = {
  steps: ['restitution', 'workstreams', 'vote', 'assessment', 'actions'],
  restitutionSlotMs: minutes(3),
  stepDurationsMs: { workstreams: minutes(15), vote: minutes(5), assessment: minutes(15), actions: minutes(20) },
  dotsPerPerson: 5,
  maxDotsPerItem: 2,
  voteOn: 'ideas',
  ratedBy: 'everyone',
  shortlistSize: 8,
};

const en = templateRecord({
  title: 'Customer experience café — one step of the journey',
  purpose:
    'Pick one step of the customer journey (for example the first purchase, the delivery or after-sales) and put it at the centre of the morning. We start from what already works, then from what irritates customers, to build concrete solutions: mobile features, relationship-marketing moments and value-added services. In plenary we sort the solutions into workstreams and choose the priorities.',
  language: 'en',
  anonymous: false,
  rounds: [
    ['At this step of the journey, which good practices have you seen — here or elsewhere — that customers appreciate?', ROUND],
    ['What irritates our customers at this step, and which solution would remove each irritant?', ROUND],
    ['Take the solutions found at your table: which workstream does each one belong to (journey, digital, sales, service, offer), and what is missing?', ROUND],
    ['Which key moments of this step deserve a feature in our mobile app, and what should it do?', ROUND],
    ['Which moments should relationship marketing activate first, with which message or offer?', ROUND],
    ['Which value-added services could we offer at this step, and what would make customers value them?', ROUND],
  ],
  tables: ['New customers', 'Loyal customers', 'Business customers', 'Young customers', 'Customers in difficulty', 'Prospects'].map((name, i) => [
    name,
    COLOURS[i]!,
  ]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

const fr = templateRecord({
  title: 'Café expérience client — une étape du parcours',
  purpose:
    'Choisissez une étape du parcours client (par exemple le premier achat, la livraison ou le service après-vente) et mettez-la au centre de la matinée. Nous partons de ce qui marche déjà, puis de ce qui irrite les clients, pour construire des solutions concrètes : des fonctionnalités mobiles, des moments de marketing relationnel et des services à valeur ajoutée. En plénière, nous rangeons les solutions par chantier et nous choisissons les priorités.',
  language: 'fr',
  anonymous: false,
  rounds: [
    ['À cette étape du parcours, quelles bonnes pratiques avez-vous observées — chez nous ou ailleurs — que les clients apprécient ?', ROUND],
    ['Qu’est-ce qui irrite nos clients à cette étape, et quelle solution ferait disparaître chaque irritant ?', ROUND],
    [
      'Reprenez les solutions trouvées à votre table : à quel chantier chacune appartient-elle (parcours, digital, vente, service, offre), et que manque-t-il ?',
      ROUND,
    ],
    ['Quels moments clés de cette étape méritent une fonctionnalité dans notre application mobile, et que devrait-elle faire ?', ROUND],
    ['Quels moments le marketing relationnel devrait-il activer en premier, avec quel message ou quelle offre ?', ROUND],
    ['Quels services à valeur ajoutée pourrions-nous proposer à cette étape, et qu’est-ce qui ferait que les clients y tiennent ?', ROUND],
  ],
  tables: ['Nouveaux clients', 'Clients fidèles', 'Clients professionnels', 'Jeunes clients', 'Clients en difficulté', 'Prospects'].map((name, i) => [
    name,
    COLOURS[i]!,
  ]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

export const customerExperience = { id: 'customer-experience', en, fr } as const;
