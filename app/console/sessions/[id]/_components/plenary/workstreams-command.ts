import type { useCommand } from '@/app/_components/use-command';

/** The panel's one command runner (busy while an ack is awaited, the refusal shown once for the panel). */
export type BoardCommand = ReturnType<typeof useCommand>;
