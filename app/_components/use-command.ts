'use client';
import { useCallback, useState } from 'react';
import type { ErrorCode } from '@/lib/realtime/contract';
import type { AckFailure, CommandAck, CommandName, CommandPayload } from '@/lib/realtime/emit-command';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

/** One command at a time from a control: busy while it waits for its ack, the refusal's code after. */
export function useCommand(send: SessionSocket['send']) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const run = useCallback(
    async <E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure> => {
      setBusy(true);
      setError(null);
      const ack = await send(event, payload);
      setBusy(false);
      if (!ack.ok) setError(ack.code);
      return ack;
    },
    [send],
  );
  return { run, busy, error, clearError: () => setError(null) };
}
