/** Socket.io rooms: who receives which broadcast. */
export const rooms = {
  organiser: (sessionId: string) => `s:${sessionId}:organiser`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  screen: (sessionId: string) => `s:${sessionId}:screen`,
  /** Phones that have not joined yet: they are told when the doors or the capacity change. */
  guests: (sessionId: string) => `s:${sessionId}:guests`,
  /** Every socket of one device that has not joined yet (the organiser's answer to its request goes there). */
  device: (sessionId: string, device: string) => `d:${sessionId}:${device}`,
  /** Every socket of one participant (a phone, a second tab). */
  participant: (participantId: string) => `p:${participantId}`,
  /** Every organiser socket opened with one sign-in (closed together at its sign-out). */
  signIn: (tokenHash: string) => `o:${tokenHash}`,
  /** The people seated at a table (their phones), for `table:view`. */
  table: (tableId: string) => `t:${tableId}`,
};

/** Every room of a session: what everyone receives. */
export function sessionRooms(sessionId: string): string[] {
  return [rooms.organiser(sessionId), rooms.phones(sessionId), rooms.screen(sessionId)];
}
