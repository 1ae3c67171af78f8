'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { storageNotice, type StorageNotice } from '@/lib/ui/storage-notice';

/** How often the console asks the server whether it can still store what people write. */
const CHECK_EVERY_MS = 20_000;

/**
 * A banner on the organiser's console while the server cannot store writes (its disk is full) or its
 * database does not answer: phones are told on each refused write, the organiser must hear it at
 * once, whoever wrote. It goes away by itself when space comes back.
 */
export function StorageBanner() {
  const t = useTranslations('storage');
  const [notice, setNotice] = useState<StorageNotice>(null);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        const body: unknown = await response.json();
        if (!stopped) setNotice(storageNotice(body));
      } catch {
        // Unreachable: the connection banner says so; keep what was known.
      }
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return (
    <div role="alert" className={notice ? 'notice notice-error' : 'visually-hidden'}>
      {notice ? t(notice) : ''}
    </div>
  );
}
