'use client';
import { useEffect, useState } from 'react';

/** The (server) time, refreshed every `everyMs`: for what changes with time but needs no second-by-second display. */
export function useNow(now: () => number, everyMs: number): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const interval = setInterval(() => setValue(now()), everyMs);
    return () => clearInterval(interval);
  }, [now, everyMs]);
  return value;
}
