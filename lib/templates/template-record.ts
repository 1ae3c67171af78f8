/**
 * A template as a café record (`kind: 'template'`), written from its questions, tables and plenary
 * programme: the same format as the archive, without dates, people or results.
 */
import { emptyPlenaryRecords, CAFE_FORMAT, CAFE_FORMAT_VERSION, type CafeRecord } from '@/lib/export/cafe-record';
import type { PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import type { TableColour } from '@/lib/realtime/contract';
import type { Language } from '@/lib/i18n/locales';

const MINUTE_MS = 60_000;

export type TemplateSpec = {
  title: string;
  purpose: string;
  language: Language;
  anonymous: boolean;
  /** Each round: the question and its reflection, sharing and consolidation minutes. */
  rounds: [question: string, minutes: [reflection: number, sharing: number, consolidation: number]][];
  tables: [name: string, colour: TableColour][];
  minPerTable: number | null;
  maxPerTable: number | null;
  plenary: PlenaryProgramme;
};

export function templateRecord(spec: TemplateSpec): CafeRecord {
  return {
    format: CAFE_FORMAT,
    version: CAFE_FORMAT_VERSION,
    kind: 'template',
    session: {
      title: spec.title,
      purpose: spec.purpose,
      language: spec.language,
      anonymous: spec.anonymous,
      autoAdvance: false,
      speakingTurnMs: null,
      minPerTable: spec.minPerTable,
      maxPerTable: spec.maxPerTable,
      rounds: spec.rounds.map(([question, [reflection, sharing, consolidation]]) => ({
        question,
        reflectionMs: reflection * MINUTE_MS,
        sharingMs: sharing * MINUTE_MS,
        consolidationMs: consolidation * MINUTE_MS,
      })),
      tables: spec.tables.map(([name, colour], i) => ({ id: `t${i + 1}`, name, colour })),
      plenary: spec.plenary,
    },
    dates: { createdAt: null, startedAt: null, closedAt: null },
    participants: [],
    hosts: [],
    seats: [],
    notes: [],
    ideas: [],
    reactions: [],
    plenary: emptyPlenaryRecords(),
  };
}

/** Minutes as the programme's milliseconds. */
export const minutes = (n: number) => n * MINUTE_MS;
