'use client';
/** A polite live region that speaks the stage name when it changes (the countdown itself stays silent). */
export function StageAnnouncer({ text }: { text: string }) {
  return (
    <div role="status" aria-live="polite" className="visually-hidden">
      {text}
    </div>
  );
}
