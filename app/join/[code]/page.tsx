import type { Metadata } from 'next';
import { normaliseJoinCode } from '@/lib/domain/join-code';
import { PhoneView } from './_components/phone-view';

export const metadata: Metadata = { title: 'Join' };

export default async function PhonePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PhoneView code={normaliseJoinCode(safeDecode(code))} />;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
