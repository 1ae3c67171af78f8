'use client';
import { useLayoutEffect, useRef } from 'react';
import { fitDensity } from '@/lib/ui/fit-text';

/** Only the size is fitted: the content has one layout. */
const ONE_LAYOUT = [''] as const;

/**
 * Sizes a plenary screen's content (laid out in em) to its box: the largest type, between `minVmin`
 * and `maxVmin`, with which it fits without overflowing — so a table with many ideas, or a long
 * ranking, shrinks instead of being cut. Measured again when the screen or `watch` changes.
 * `densities` (richest first), when given: the content's `data-density` takes the first with which
 * it fits at `minVmin`, so that a long list shows less of each entry rather than losing entries.
 */
export function useFittedContent<Box extends HTMLElement = HTMLDivElement, Content extends HTMLElement = HTMLDivElement>(
  watch: readonly unknown[],
  minVmin: number,
  maxVmin: number,
  densities: readonly string[] = ONE_LAYOUT,
) {
  const box = useRef<Box>(null);
  const content = useRef<Content>(null);

  useLayoutEffect(() => {
    const [boxEl, contentEl] = [box.current, content.current];
    if (!boxEl || !contentEl) return;
    const fit = () => {
      const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
      const apply = (density: string, px: number) => {
        if (density) contentEl.dataset.density = density;
        contentEl.style.fontSize = `${px}px`;
      };
      const fits = (density: string, px: number) => {
        apply(density, px);
        return contentEl.scrollHeight <= boxEl.clientHeight && contentEl.scrollWidth <= boxEl.clientWidth;
      };
      const { density, size } = fitDensity(densities, minVmin * vmin, maxVmin * vmin, fits);
      apply(density, size);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(boxEl);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `watch` lists what changes the content's size
  }, [...watch, minVmin, maxVmin, densities.join()]);

  return { box, content };
}
