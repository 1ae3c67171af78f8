import type { Metadata } from 'next';
import { LiveConsoleView } from './_components/live-console-view';

export const metadata: Metadata = { title: 'Live console', robots: { index: false } };

export default async function LiveConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LiveConsoleView sessionId={id} />;
}
