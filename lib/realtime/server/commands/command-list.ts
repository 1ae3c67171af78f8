/** Every command the server answers, each declared once in its own module. */
import type { DeclaredCommand } from '@/lib/realtime/server/command';
import { admissionDecideCommand, admissionUpdateCommand } from './admission-commands';
import { pingCommand, syncCommand } from './common-commands';
import { constraintAddCommand, constraintRemoveCommand } from './constraint-commands';
import { participantsListCommand, tableWatchCommand } from './console-views';
import { ideaAddCommand, ideaDeleteCommand, ideaEditCommand, ideaReorderCommand, recapCloseCommand } from './idea-commands';
import { joinCommand } from './join-command';
import { participantRemoveCommand } from './remove-command';
import { noteAddCommand, noteDeleteCommand, noteEditCommand, reactionCommand } from './note-commands';
import { actionDeleteCommand, actionReorderCommand, actionUpsertCommand } from './plenary-action-commands';
import {
  organiserRatingSetCommand,
  quadrantOverrideCommand,
  ratingSetCommand,
  shortlistFromVoteCommand,
  shortlistSetCommand,
} from './plenary-assessment-commands';
import { restitutionShowCommand } from './plenary-restitution-commands';
import { plenarySuggestCommand } from './plenary-suggest-command';
import { voteCloseCommand, voteMoveCommand, voteOpenCommand, voteReplaceCommand, voteSetCommand } from './plenary-vote-commands';
import {
  sameIdeaMarkCommand,
  sameIdeaUnmarkCommand,
  suggestionAcceptCommand,
  workstreamCreateCommand,
  workstreamDeleteCommand,
  workstreamMergeCommand,
  workstreamPlaceCommand,
  workstreamRenameCommand,
  workstreamReorderCommand,
  workstreamSplitCommand,
} from './plenary-workstream-commands';
import { checkInCommand, rotationApplyCommand, rotationPlanCommand, rotationSwapCommand } from './rotation-commands';
import { hostAssignCommand, seatAssignCommand, seatFillCommand, seatTakeCommand } from './seat-commands';
import { controlCommand, createCommand, deleteCommand, duplicateCommand, listCommand, updateCommand } from './session-commands';
import { turnNextCommand, turnSkipCommand } from './turn-commands';

export const COMMANDS: readonly DeclaredCommand[] = [
  pingCommand,
  syncCommand,
  joinCommand,
  listCommand,
  createCommand,
  updateCommand,
  duplicateCommand,
  deleteCommand,
  controlCommand,
  seatTakeCommand,
  seatAssignCommand,
  seatFillCommand,
  hostAssignCommand,
  noteAddCommand,
  noteEditCommand,
  noteDeleteCommand,
  reactionCommand,
  turnNextCommand,
  turnSkipCommand,
  ideaAddCommand,
  ideaEditCommand,
  ideaDeleteCommand,
  ideaReorderCommand,
  recapCloseCommand,
  rotationPlanCommand,
  rotationSwapCommand,
  rotationApplyCommand,
  checkInCommand,
  constraintAddCommand,
  constraintRemoveCommand,
  participantsListCommand,
  tableWatchCommand,
  restitutionShowCommand,
  workstreamCreateCommand,
  workstreamRenameCommand,
  workstreamDeleteCommand,
  workstreamMergeCommand,
  workstreamSplitCommand,
  workstreamReorderCommand,
  workstreamPlaceCommand,
  sameIdeaMarkCommand,
  sameIdeaUnmarkCommand,
  plenarySuggestCommand,
  suggestionAcceptCommand,
  voteSetCommand,
  voteMoveCommand,
  voteReplaceCommand,
  voteOpenCommand,
  voteCloseCommand,
  shortlistSetCommand,
  shortlistFromVoteCommand,
  ratingSetCommand,
  organiserRatingSetCommand,
  quadrantOverrideCommand,
  actionUpsertCommand,
  actionDeleteCommand,
  actionReorderCommand,
  admissionUpdateCommand,
  admissionDecideCommand,
  participantRemoveCommand,
];
