import type { Metadata } from 'next';
import { SessionsView } from './_components/sessions-view';

export const metadata: Metadata = { title: 'Console', robots: { index: false } };

export default function ConsolePage() {
  return <SessionsView />;
}
