import type { Worker } from 'node:worker_threads';

/**
 * How a pool's worker thread lives: it keeps the process alive only while requests are pending,
 * and ends after `idleMs` without any (a thread costs tens of megabytes while it lives; the next
 * request starts a new one). Call `settle` after every change of what is pending.
 */
export function threadLifetime(pool: { idleMs: number; current: () => Worker | null; busy: () => boolean; forget: () => void }) {
  let timer: NodeJS.Timeout | null = null;
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    settle(): void {
      stop();
      const thread = pool.current();
      if (pool.busy()) {
        thread?.ref();
        return;
      }
      thread?.unref();
      if (!thread) return;
      timer = setTimeout(() => {
        if (pool.current() !== thread || pool.busy()) return;
        pool.forget();
        void thread.terminate();
      }, pool.idleMs);
      timer.unref();
    },
    stop,
  };
}
