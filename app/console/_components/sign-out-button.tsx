'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';

export function SignOutButton() {
  const t = useTranslations('console');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await fetch('/api/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
    } finally {
      router.replace('/console/sign-in');
    }
  };
  return (
    <button type="button" className="btn" onClick={signOut} disabled={busy}>
      {t('signOut')}
    </button>
  );
}
