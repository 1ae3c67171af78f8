'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { Handshake } from '@/lib/realtime/contract';
import { useSessionSocket, type SessionSocket } from '@/lib/realtime/use-session-socket';

/** The organiser's socket: a refused sign-in cookie sends the browser to the sign-in page, and back here after. */
export function useConsoleSocket(auth: () => Omit<Handshake, 'protocol'>): SessionSocket {
  const socket = useSessionSocket(auth);
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (socket.error === 'unauthorised') router.replace(`/console/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [socket.error, pathname, router]);
  return socket;
}
