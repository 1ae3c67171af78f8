/**
 * How far V8 lets the server's heap grow past what is live before a full collection. By default it
 * waits until the heap is up to ~4× the live size: with ~50 MB live at 2,000 phones, the garbage of
 * a burst (a sweep of writes, a rotation) took the load bench's server to 380–500 MB of RSS before a
 * collection, over the 300 MB target. Growing by half the live size keeps the garbage small, for
 * more frequent collections (docs/bench-history.md, decision 0015). The flag is process-wide: worker threads
 * (the rotation planner) follow it too.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Set once at start, before the café's load: V8 reads it at each full collection. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
