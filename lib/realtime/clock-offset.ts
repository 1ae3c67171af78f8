/** One `time:ping` round trip, in the client's clock except for `serverTime`. */
export type ClockSample = { clientSentAt: number; serverTime: number; clientReceivedAt: number };

export type ClockEstimate = { offsetMs: number; rttMs: number };

/** How many pings a client sends to estimate its offset (the fastest round trip wins). */
export const CLOCK_SAMPLES = 5;

/**
 * Estimates server time − client time from the sample with the lowest round trip: the one least
 * disturbed by queueing, whose server reading is assumed to sit half-way through the trip.
 * Returns null when there is no usable sample.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const s of samples) {
    const rttMs = s.clientReceivedAt - s.clientSentAt;
    if (!Number.isFinite(rttMs) || rttMs < 0 || !Number.isFinite(s.serverTime)) continue;
    if (best && rttMs >= best.rttMs) continue;
    best = { rttMs, offsetMs: Math.round(s.serverTime - (s.clientSentAt + rttMs / 2)) };
  }
  return best;
}
