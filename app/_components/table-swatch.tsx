import type { TableColour } from '@/lib/realtime/contract';

/** A small square in a table's colour (decorative: the colour's name is always written next to it). */
export function TableSwatch({ colour }: { colour: TableColour }) {
  return <span className="swatch" aria-hidden="true" style={{ background: `var(--table-${colour})` }} />;
}
