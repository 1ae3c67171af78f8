import type { Metadata } from 'next';
import { JoinCodeView } from './_components/join-code-view';

export const metadata: Metadata = { title: 'Join' };

export default function JoinPage() {
  return <JoinCodeView />;
}
