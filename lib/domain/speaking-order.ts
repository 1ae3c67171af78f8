/**
 * The tour de table: a shuffled speaking order with a fair slot per speaker. Pure: the shuffle takes
 * its random numbers from the caller, the time is passed in.
 */
import { shuffle } from './seeded-random';

export type TurnStatus = 'waiting' | 'speaking' | 'done';

export type Turn = { participantId: string; status: TurnStatus; /** Skipped once already: back at the end of the queue. */ skipped: boolean };

export type SpeakingQueue = {
  turns: Turn[];
  /** The slot each speaker gets. */
  slotMs: number;
  /** When the current speaker started (null when nobody speaks). */
  startedAt: number | null;
};

/** The sharing time split fairly among the speakers, or the fixed slot from the settings. Whole seconds. */
export function speakingSlotMs(sharingMs: number, speakers: number, fixedSlotMs: number | null = null): number {
  if (fixedSlotMs !== null) return fixedSlotMs;
  if (speakers <= 0) return sharingMs;
  return Math.floor(sharingMs / speakers / 1000) * 1000;
}

/** A new queue: everyone waiting in a shuffled order, the first one speaking from `now`. */
export function startQueue(participantIds: readonly string[], slotMs: number, random: () => number, now: number): SpeakingQueue {
  const turns = shuffle(participantIds, random).map((participantId, i): Turn => ({
    participantId,
    status: i === 0 ? 'speaking' : 'waiting',
    skipped: false,
  }));
  return { turns, slotMs, startedAt: turns.length > 0 ? now : null };
}

/** Who speaks now (null when nobody does, or there is no tour de table). */
export function currentSpeaker(queue: SpeakingQueue | null): string | null {
  return queue?.turns.find((t) => t.status === 'speaking')?.participantId ?? null;
}

export function nextSpeaker(queue: SpeakingQueue): string | null {
  return queue.turns.find((t) => t.status === 'waiting')?.participantId ?? null;
}

/** The next waiting person speaks from `now`; the rest keep their places. */
function promoteNext(turns: Turn[], now: number): { turns: Turn[]; startedAt: number | null } {
  const i = turns.findIndex((t) => t.status === 'waiting');
  if (i < 0) return { turns, startedAt: null };
  const next = [...turns];
  next[i] = { ...(next[i] as Turn), status: 'speaking' };
  return { turns: next, startedAt: now };
}

/** The current speaker is done; the next one speaks. */
export function advance(queue: SpeakingQueue, now: number): SpeakingQueue {
  const turns = queue.turns.map((t): Turn => (t.status === 'speaking' ? { ...t, status: 'done' } : t));
  return { ...queue, ...promoteNext(turns, now) };
}

/** The current speaker (late, absent) goes to the end of the queue and comes back after the others. */
export function skip(queue: SpeakingQueue, now: number): SpeakingQueue {
  const current = queue.turns.find((t) => t.status === 'speaking');
  if (!current) return queue;
  const rest = queue.turns.filter((t) => t !== current);
  return { ...queue, ...promoteNext([...rest, { ...current, status: 'waiting', skipped: true }], now) };
}

/** Someone sits down during the sharing: they speak last (and at once if nobody is speaking). */
export function addSpeaker(queue: SpeakingQueue, participantId: string, now: number): SpeakingQueue {
  if (queue.turns.some((t) => t.participantId === participantId)) return queue;
  const turns: Turn[] = [...queue.turns, { participantId, status: 'waiting', skipped: false }];
  if (currentSpeaker(queue) !== null) return { ...queue, turns };
  return { ...queue, ...promoteNext(turns, now) };
}

/** Someone leaves the table: out of the queue (the next one speaks if it was their turn). */
export function removeSpeaker(queue: SpeakingQueue, participantId: string, now: number): SpeakingQueue {
  const leaving = queue.turns.find((t) => t.participantId === participantId);
  if (!leaving) return queue;
  const turns = queue.turns.filter((t) => t !== leaving);
  if (leaving.status !== 'speaking') return { ...queue, turns };
  return { ...queue, ...promoteNext(turns, now) };
}

/** What a phone shows its owner during the sharing. */
export function turnOf(queue: SpeakingQueue, participantId: string): 'speaking' | 'next' | 'waiting' | 'done' | 'absent' {
  const turn = queue.turns.find((t) => t.participantId === participantId);
  if (!turn) return 'absent';
  if (turn.status === 'waiting' && nextSpeaker(queue) === participantId && currentSpeaker(queue) !== null) return 'next';
  return turn.status;
}
