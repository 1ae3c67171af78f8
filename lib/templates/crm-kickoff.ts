/**
 * Template: the kick-off of a CRM project — business needs, priorities and trade-offs for a first
 * version, risks and dependencies. Three rounds with the business areas as tables, then a plenary
 * that votes on the needs and names owners.
 */
import type { PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import type { TableColour } from '@/lib/realtime/contract';
import { minutes, templateRecord } from './template-record';

const ROUND: [number, number, number] = [4, 12, 8];
const COLOURS: TableColour[] = ['red', 'orange', 'green', 'yellow', 'blue', 'grey'];

const plenary: PlenaryProgramme = {
  steps: ['restitution', 'workstreams', 'vote', 'assessment', 'actions'],
  restitutionSlotMs: minutes(4),
  stepDurationsMs: { workstreams: minutes(10), vote: minutes(5), assessment: minutes(15), actions: minutes(15) },
  dotsPerPerson: 6,
  maxDotsPerItem: 2,
  voteOn: 'ideas',
  ratedBy: 'everyone',
  shortlistSize: 10,
};

const en = templateRecord({
  title: 'CRM project kick-off',
  purpose:
    'Bring the business teams together before the new customer-relationship tool is scoped: start from real needs, decide together what goes into the first version, and spot risks and dependencies early. The plenary groups the needs, sets priorities and names an owner for each next step.',
  language: 'en',
  anonymous: false,
  rounds: [
    ['Which business needs should the CRM meet in your daily work: what do you need to know about a customer, or do for them, that is hard today?', ROUND],
    ['For a first version in six months: what is essential, what can wait, and what are you ready to give up?', ROUND],
    ['Which risks and dependencies could block the project (data, tools, teams, suppliers), and how do we reduce them?', ROUND],
  ],
  tables: ['Sales', 'Marketing', 'Customer service', 'Finance and billing', 'IT and data', 'Management'].map((name, i) => [name, COLOURS[i]!]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

const fr = templateRecord({
  title: 'Lancement du projet CRM',
  purpose:
    'Réunir les métiers avant le cadrage du nouvel outil de relation client : partir des besoins réels, décider ensemble de ce qui entre dans la première version et repérer tôt les risques et les dépendances. La plénière regroupe les besoins, fixe les priorités et nomme un responsable pour chaque suite à donner.',
  language: 'fr',
  anonymous: false,
  rounds: [
    [
      'Quels besoins métier le CRM doit-il couvrir dans votre quotidien : que devez-vous savoir d’un client, ou faire pour lui, qui est difficile aujourd’hui ?',
      ROUND,
    ],
    ['Pour une première version dans six mois : qu’est-ce qui est indispensable, qu’est-ce qui peut attendre, et à quoi êtes-vous prêts à renoncer ?', ROUND],
    ['Quels risques et quelles dépendances pourraient bloquer le projet (données, outils, équipes, prestataires), et comment les réduire ?', ROUND],
  ],
  tables: ['Ventes', 'Marketing', 'Service client', 'Finance et facturation', 'SI et données', 'Direction'].map((name, i) => [name, COLOURS[i]!]),
  minPerTable: 4,
  maxPerTable: 8,
  plenary,
});

export const crmKickoff = { id: 'crm-kickoff', en, fr } as const;
