/**
 * The words that name the plenary's step (the console's stage panel, the announcers) and tell a
 * phone what to do at it (its status card): a message key of the `plenaryStage` namespace and its
 * arguments, chosen from the stage and the programme. Pure.
 */
import type { PlenaryStage } from '@/lib/domain/plenary/plenary-sequence';
import type { Raters, VoteStatus } from '@/lib/domain/plenary/plenary-types';

/** A message of `plenaryStage.*` and the values it takes. */
export type PlenaryWords =
  | { key: 'title.restitution'; values: { n: number; total: number } }
  | { key: `title.${'workstreams' | 'vote' | 'assessment' | 'actions' | 'open'}`; values?: undefined }
  | { key: `phone.${PhoneInstruction}`; values?: undefined };

type PhoneInstruction = 'listen' | 'present' | 'grouping' | 'voteWaiting' | 'vote' | 'voteClosed' | 'rate' | 'organiserRates' | 'actions' | 'open';

/** "Plenary · Table 2 of 5 presenting", "Plenary · Silent vote", …; `tableCount`: the tables that present. */
export function plenaryStageTitle(stage: PlenaryStage, tableCount: number): PlenaryWords {
  if (stage.step === 'restitution') return { key: 'title.restitution', values: { n: stage.table + 1, total: Math.max(tableCount, stage.table + 1) } };
  return { key: `title.${stage.step}` };
}

/** What the phone's owner needs to know to follow the step. */
export type PhoneContext = {
  ratedBy: Raters;
  voteStatus: VoteStatus;
  /** This person hosts the table presenting now. */
  presenting: boolean;
};

/** What a phone's status card says to do at the plenary's step: listen, present, place dots, rate, or wait for the organiser. */
export function plenaryPhoneInstruction(stage: PlenaryStage, context: PhoneContext): PlenaryWords {
  return { key: `phone.${instruction(stage, context)}` };
}

function instruction(stage: PlenaryStage, { ratedBy, voteStatus, presenting }: PhoneContext): PhoneInstruction {
  switch (stage.step) {
    case 'restitution':
      return presenting ? 'present' : 'listen';
    case 'workstreams':
      return 'grouping';
    case 'vote':
      return voteStatus === 'open' ? 'vote' : voteStatus === 'closed' ? 'voteClosed' : 'voteWaiting';
    case 'assessment':
      return ratedBy === 'organiser' ? 'organiserRates' : 'rate';
    case 'actions':
      return 'actions';
    case 'open':
      return 'open';
  }
}
