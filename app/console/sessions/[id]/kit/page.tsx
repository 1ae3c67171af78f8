import type { Metadata } from 'next';
import { TableKitView } from './_components/table-kit-view';

export const metadata: Metadata = { title: 'Table tents', robots: { index: false } };

/** Print-ready table tents: one card per table with its QR, the join code and the questions. */
export default async function TableKitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TableKitView sessionId={id} />;
}
