import { currentSpeaker } from '@/lib/domain/speaking-order';
import type { TableStats, TableView } from './contract';

/** The figures the organiser's board shows of a table, from its view. */
export function tableStatsOf(view: TableView): TableStats {
  const speakerId = currentSpeaker(view.speaking);
  return {
    tableId: view.tableId,
    tableSeq: view.tableSeq,
    round: view.round,
    seated: view.roster.length,
    arriving: view.roster.filter((p) => p.here === false).map((p) => p.id),
    notesWritten: view.notesWritten,
    notesShared: view.notes.length,
    ideas: view.ideas.length,
    speakerId,
    speakerName: view.roster.find((p) => p.id === speakerId)?.displayName ?? null,
  };
}
