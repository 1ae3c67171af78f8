import { notFound } from 'next/navigation';
import { getSessionRow } from '@/db/queries/sessions';
import { isSynthesisKey } from '@/lib/auth/synthesis-key';
import { safeDecode } from '@/lib/domain/safe-decode';
import type { Language } from '@/lib/i18n/locales';
import { routeDb } from '@/lib/server/route-helpers';

/** What the synthesis pages need before the browser loads the content (with its token): nothing secret. */
export type SynthesisAddress = { sessionId: string; key: string; joinCode: string; language: Language };

/** The session behind a synthesis address, or Next's 404 when the address is not one (the key is checked first). */
export async function findSynthesis(params: Promise<{ id: string; key: string }>): Promise<SynthesisAddress> {
  const { id, key } = await params;
  const [sessionId, synthesisKey] = [safeDecode(id), safeDecode(key)];
  const row = getSessionRow(routeDb(), sessionId);
  if (!row || !isSynthesisKey(synthesisKey, row.id, row.screenKey)) notFound();
  // The join code finds the phone's token in its storage; it is on the projector for everyone anyway.
  return { sessionId: row.id, key: synthesisKey, joinCode: row.code, language: row.language };
}
