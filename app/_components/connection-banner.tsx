'use client';
import { useTranslations } from 'use-intl';
import type { SocketStatus } from '@/lib/realtime/use-session-socket';

/** Shown while the socket is (re)connecting; a refused connection is explained by the page itself. */
export function ConnectionBanner({ status }: { status: SocketStatus }) {
  const t = useTranslations('common.connection');
  const visible = status === 'reconnecting' || status === 'connecting';
  return (
    <div role="status" className={visible ? 'connection-banner' : 'visually-hidden'}>
      {visible ? t(status) : ''}
    </div>
  );
}
