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
  admissionUpdateCommand,
  admissionDecideCommand,
  participantRemoveCommand,
];
