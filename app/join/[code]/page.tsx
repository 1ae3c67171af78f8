import type { Metadata } from 'next';
import { normaliseJoinCode } from '@/lib/domain/join-code';
import { PhoneView } from './_components/phone-view';
import { safeDecode } from '@/lib/domain/safe-decode';

export const metadata: Metadata = { title: 'Join' };

export default async function PhonePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PhoneView code={normaliseJoinCode(safeDecode(code))} />;
}
