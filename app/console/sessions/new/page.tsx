import type { Metadata } from 'next';
import { NewSessionView } from './_components/new-session-view';

export const metadata: Metadata = { title: 'New session', robots: { index: false } };

export default function NewSessionPage() {
  return <NewSessionView />;
}
