/** Simulated participants (`bench/sim/participant.ts`) on a test server, and waiting for what they do. */
import { SimParticipant, type Pacing, type PlenaryPacing } from '@/bench/sim/participant';
import { seededRandom } from '@/lib/domain/seeded-random';

/** Polls until `predicate` holds (a condition, not a speed: the limit only stops a stuck test). */
export async function waitFor(what: string, predicate: () => boolean, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`still waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * `count` participants named Bot 1, Bot 2…, started: bot i sits at `tableOf(i)` (1-based), by the
 * host link when `hostKeyOf(i)` gives its key, with its own seeded choices from `seed`.
 */
export function startBots(options: {
  url: string;
  joinCode: string;
  count: number;
  tableOf: (i: number) => number;
  hostKeyOf?: (i: number) => string | undefined;
  seed: number;
  pacing?: Pacing;
  plenaryPacing?: PlenaryPacing;
}): SimParticipant[] {
  return Array.from({ length: options.count }, (_, i) => {
    const hostKey = options.hostKeyOf?.(i);
    const participant = new SimParticipant({
      url: options.url,
      joinCode: options.joinCode,
      name: `Bot ${i + 1}`,
      table: options.tableOf(i),
      ...(hostKey ? { hostKey } : {}),
      random: seededRandom(options.seed + i),
      ...(options.pacing ? { pacing: options.pacing } : {}),
      ...(options.plenaryPacing ? { plenaryPacing: options.plenaryPacing } : {}),
    });
    participant.start();
    return participant;
  });
}
