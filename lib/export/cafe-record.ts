/**
 * The café record: a whole café as plain data (`{ format: 'tournee-cafe', version: 1, … }`), what the
 * JSON archive holds and what every export reads. Ids are strings local to the record; no secret
 * (participant token, host key, projector key, password hash) has a place in it. A template is the
 * same format with `kind: 'template'` and no results. Documented in docs/exports.md.
 */
import type { z } from 'zod';
import type { PlenaryRecords } from '@/lib/domain/plenary/plenary-types';
import { CAFE_FORMAT, CAFE_FORMAT_VERSION, cafeRecordShape } from './cafe-record-shape';
import { checkReferences } from './record-references';

export { CAFE_FORMAT, CAFE_FORMAT_VERSION, RECORD_LIMITS } from './cafe-record-shape';

/** The café record: its shapes, then every reference between its parts. */
export const cafeRecordSchema = cafeRecordShape.superRefine((record, ctx) => {
  for (const issue of checkReferences(record)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** A café as plain data (see the module doc). */
export type CafeRecord = z.output<typeof cafeRecordSchema>;
export type CafeParticipant = CafeRecord['participants'][number];
export type CafeNote = CafeRecord['notes'][number];
export type CafeIdea = CafeRecord['ideas'][number];
export type CafeTable = CafeRecord['session']['tables'][number];
export type CafeSession = CafeRecord['session'];

/** Plenary records of a café that has none yet. */
export function emptyPlenaryRecords(): PlenaryRecords {
  return { workstreams: [], placements: [], votes: [], voteStatus: 'not-started', shortlist: [], ratings: [], overrides: [], actions: [] };
}

/** The template a café's preparation gives: the same session, no dates, no people, no results. */
export function toTemplate(record: CafeRecord): CafeRecord {
  return {
    format: CAFE_FORMAT,
    version: CAFE_FORMAT_VERSION,
    kind: 'template',
    session: record.session,
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
