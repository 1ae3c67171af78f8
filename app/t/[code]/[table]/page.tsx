import type { Metadata } from 'next';
import { PhoneView } from '@/app/join/[code]/_components/phone-view';
import { normaliseJoinCode } from '@/lib/domain/join-code';
import { safeDecode } from '@/lib/domain/safe-decode';
import { linkedTable } from './linked-table';

export const metadata: Metadata = { title: 'Join', robots: { index: false } };

type Props = { params: Promise<{ code: string; table: string }>; searchParams: Promise<{ host?: string | string[] }> };

/** A table's own QR (printed on the table): the phone page, sitting the person at this table (as host with `?host=`). */
export default async function TablePage({ params, searchParams }: Props) {
  const { code, table } = await params;
  const { host } = await searchParams;
  const hostKey = typeof host === 'string' && host !== '' ? host.slice(0, 64) : undefined;
  const number = /^\d{1,3}$/.test(table) ? Number(table) : 0;
  const joinCode = normaliseJoinCode(safeDecode(code));
  const named = linkedTable(joinCode, number);
  return <PhoneView code={joinCode} tableLink={{ table: number, ...(hostKey ? { hostKey } : {}), ...(named ? { named } : {}) }} />;
}
