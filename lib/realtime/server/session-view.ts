import type { Role, SessionConfig, SessionView } from '@/lib/realtime/contract';

/** Who shows every table by name (the console, the projector); phones get the tables as a count. */
export const ROLES_SEEING_EVERY_TABLE = ['organiser', 'screen'] as const satisfies readonly Role[];

export function seesEveryTable(role: Role): boolean {
  return (ROLES_SEEING_EVERY_TABLE as readonly Role[]).includes(role);
}

/** The session as one audience holds it (see `SessionView`). */
export function sessionViewOf({ tables, ...session }: SessionConfig, withTables: boolean): SessionView {
  return withTables ? { ...session, tableCount: tables.length, tables } : { ...session, tableCount: tables.length };
}
