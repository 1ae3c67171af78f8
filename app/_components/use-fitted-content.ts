'use client';
import { useLayoutEffect, useRef } from 'react';
import { fitFontSize } from '@/lib/ui/fit-text';

/**
 * Sizes a plenary screen's content (laid out in em) to its box: the largest type, between `minVmin`
 * and `maxVmin`, with which it fits without overflowing — so a table with many ideas, or a long
 * ranking, shrinks instead of being cut. Measured again when the screen or `watch` changes.
 */
export function useFittedContent<Box extends HTMLElement = HTMLDivElement, Content extends HTMLElement = HTMLDivElement>(
  watch: readonly unknown[],
  minVmin: number,
  maxVmin: number,
) {
  const box = useRef<Box>(null);
  const content = useRef<Content>(null);

  useLayoutEffect(() => {
    const [boxEl, contentEl] = [box.current, content.current];
    if (!boxEl || !contentEl) return;
    const fit = () => {
      const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
      const fits = (px: number) => {
        contentEl.style.fontSize = `${px}px`;
        return contentEl.scrollHeight <= boxEl.clientHeight && contentEl.scrollWidth <= boxEl.clientWidth;
      };
      contentEl.style.fontSize = `${fitFontSize(minVmin * vmin, maxVmin * vmin, fits)}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(boxEl);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `watch` lists what changes the content's size
  }, [...watch, minVmin, maxVmin]);

  return { box, content };
}
