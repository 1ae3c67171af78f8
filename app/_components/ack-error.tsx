'use client';
import { useTranslations } from 'use-intl';
import type { ErrorCode } from '@/lib/realtime/contract';

/** A failed command or connection, in words (never the server's raw message). */
export function AckError({ code, id }: { code: ErrorCode | null; id?: string }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" id={id}>
      {code ? <p className="notice notice-error">{t(code)}</p> : null}
    </div>
  );
}
