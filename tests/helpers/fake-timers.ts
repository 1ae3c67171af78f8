import type { Timers } from '@/lib/realtime/server/deadline-scheduler';
import type { TestClock } from './test-server';

/** Timers that fire when the test moves its clock on, not when real time passes. */
export class FakeTimers implements Timers {
  private pending: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 0;

  constructor(private readonly clock: TestClock) {}

  setTimeout(callback: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.pending.push({ at: this.clock.now() + delayMs, callback, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t.id !== handle);
  }

  /** Moves the clock on and runs every timer due by then, earliest first. */
  advance(ms: number): void {
    this.clock.advance(ms);
    for (;;) {
      const due = this.pending.filter((t) => t.at <= this.clock.now()).sort((a, b) => a.at - b.at)[0];
      if (!due) return;
      this.clearTimeout(due.id);
      due.callback();
    }
  }
}
