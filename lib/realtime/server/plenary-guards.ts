/**
 * What the plenary's commands share: refusals with the rules' own codes, the organiser's window
 * (after the start, before the café is closed), and what to send once a change is committed.
 */
import type { PlenaryErrorCode } from '@/lib/domain/plenary/plenary-errors';
import type { Services } from './command';
import { CommandError } from './command-error';
import type { SessionContext } from './session-context';

const MESSAGES: Record<PlenaryErrorCode, string> = {
  'vote-not-open': 'the vote is not open',
  'vote-already-open': 'the vote is already open',
  'vote-not-closed': 'the vote is not closed',
  'no-items': 'there is nothing to vote on',
  'unknown-item': 'no such item',
  'duplicate-item': 'an item is listed twice',
  'bad-dots': 'dots are whole numbers, 0 or more',
  'no-dot-to-move': 'no dot on that item to move',
  'over-budget': 'more dots than you have',
  'over-item-cap': 'more dots on one item than allowed',
  'bad-name': 'a name is 1 to 80 characters',
  'duplicate-id': 'this id is already used',
  'too-many': 'that is the most allowed',
  'unknown-workstream': 'no such workstream',
  'unknown-idea': 'no such idea',
  'same-idea': 'an idea is not the same as itself',
  'not-in-workstream': 'these ideas are not in that workstream',
  conflict: 'the list changed meanwhile: send the current one',
  'bad-rating': 'gain and effort are whole points from 1 to 5',
  'not-shortlisted': 'this item is not shortlisted',
  'not-a-rater': 'you do not rate in this café',
  'wrong-step': 'not at this step of the plenary',
  'bad-quadrant': 'no such quadrant',
  'bad-deadline': 'a deadline is a real date, YYYY-MM-DD',
  'bad-horizon': 'a horizon is short, medium or long',
  'deadline-and-horizon': 'a deadline or a horizon, not both',
  'bad-status': 'no such status',
  'too-long': 'too long',
  'wrong-table': 'not the presenting table',
};

/** A refusal by one of the plenary's rules. */
export function plenaryRefusal(code: PlenaryErrorCode): CommandError {
  return new CommandError(code, MESSAGES[code]);
}

/** The organiser shapes the plenary from the start of the session until the café is closed. */
export function requireShaping(ctx: SessionContext): void {
  if (ctx.live.stage.kind === 'lobby') throw new CommandError('not-started', 'the session has not started');
  if (ctx.live.stage.kind === 'closed') throw new CommandError('session-closed', 'the café is closed');
}

/** The plenary changed: every audience's view and the progress follow, once committed. */
export function plenaryChanged<R extends object>(services: Services, sessionId: string, result: R, tellParticipants: readonly string[] = []) {
  return {
    result,
    afterCommit: () => {
      services.broadcaster.plenary(sessionId);
      services.broadcaster.myPlenary(sessionId, tellParticipants);
    },
  };
}
