import type { Metadata } from 'next';
import { EditSessionView } from './_components/edit-session-view';

export const metadata: Metadata = { title: 'Edit session', robots: { index: false } };

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditSessionView sessionId={id} />;
}
