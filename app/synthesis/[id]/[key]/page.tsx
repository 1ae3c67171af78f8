import type { Metadata } from 'next';
import { findSynthesis } from './find-synthesis';
import { SynthesisView } from './_components/synthesis-view';

export const metadata: Metadata = { title: 'Synthesis', robots: { index: false } };

/** The café's synthesis for its participants (their token) and its organiser (the sign-in): read it, download it, print it. */
export default async function SynthesisPage({ params }: { params: Promise<{ id: string; key: string }> }) {
  return <SynthesisView address={await findSynthesis(params)} />;
}
