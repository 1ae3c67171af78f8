'use client';
import { useLayoutEffect, useRef } from 'react';
import { fitFontSize } from '@/lib/ui/fit-text';

/** The question's type between these sizes, in vmin: legible from the back of the room at the smallest. */
const MIN_VMIN = 2.8;
const MAX_VMIN = 5.6;

/**
 * Sizes the projector's question to the space the stage leaves it: the largest type with which the
 * whole stage (phase, timer, question) fits, measured again when the screen or what it shows changes.
 */
export function useFittedQuestion(watch: readonly unknown[]) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    const [boxEl, contentEl, questionEl] = [box.current, content.current, question.current];
    if (!boxEl || !contentEl || !questionEl) return;
    const fit = () => {
      const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
      const fits = (px: number) => {
        questionEl.style.fontSize = `${px}px`;
        return contentEl.offsetHeight <= boxEl.clientHeight && questionEl.scrollWidth <= questionEl.clientWidth;
      };
      questionEl.style.fontSize = `${fitFontSize(MIN_VMIN * vmin, MAX_VMIN * vmin, fits)}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(boxEl);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `watch` lists what changes the stage's height
  }, watch);

  return { box, content, question };
}
