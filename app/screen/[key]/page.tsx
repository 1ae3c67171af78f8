import type { Metadata } from 'next';
import { ProjectorView } from './_components/projector-view';

export const metadata: Metadata = { title: 'Projector', robots: { index: false } };

export default async function ScreenPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return <ProjectorView screenKey={key} />;
}
