'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { readParticipantToken } from '@/app/join/[code]/_components/participant-token';
import { synthesisLinks, type SynthesisLinks } from '@/lib/ui/synthesis-links';
import type { SynthesisAddress } from '../find-synthesis';

const noSubscription = () => () => undefined;

/** The page's links, and the phone's participant token for this café (read after hydration: storage is the browser's). */
export function useSynthesisAddress(address: SynthesisAddress): { links: SynthesisLinks; token: string | undefined; ready: boolean } {
  const links = useMemo(() => synthesisLinks(`/synthesis/${encodeURIComponent(address.sessionId)}/${address.key}`), [address.sessionId, address.key]);
  const token = useSyncExternalStore(
    noSubscription,
    () => readParticipantToken(address.joinCode) ?? '',
    () => null,
  );
  if (!links) throw new Error('a synthesis address always gives its links');
  return { links, token: token || undefined, ready: token !== null };
}
