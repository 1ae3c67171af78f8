import type { Metadata } from 'next';
import { findSynthesis } from '../find-synthesis';
import { SynthesisPrintView } from '../_components/synthesis-print-view';

export const metadata: Metadata = { title: 'Synthesis (print)', robots: { index: false } };

/** The synthesis laid out for A4: printing it from the browser gives a clean PDF. */
export default async function SynthesisPrintPage({ params }: { params: Promise<{ id: string; key: string }> }) {
  return <SynthesisPrintView address={await findSynthesis(params)} />;
}
