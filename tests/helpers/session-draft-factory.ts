import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import type { SessionDraft } from '@/lib/realtime/contract';

/** A valid session draft; override what the test cares about. */
export function makeDraft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    title: 'Café de la rentrée',
    purpose: 'Imagine the next school year together',
    language: 'fr',
    anonymous: false,
    autoAdvance: false,
    rounds: [
      { question: 'What works well today?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 },
      { question: 'What should we change first?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 },
    ],
    tables: [
      { name: 'Table 1', colour: 'red' },
      { name: 'Table 2', colour: 'green' },
      { name: 'Table 3', colour: 'blue' },
    ],
    speakingTurnMs: null,
    minPerTable: null,
    maxPerTable: null,
    plenary: structuredClone(DEFAULT_PLENARY),
    ...overrides,
  };
}
