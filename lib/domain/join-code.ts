/** The six-letter code people read off the projector to join a session. */

/** Letters and digits that cannot be mistaken for one another when read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a person typed: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Letters and digits only, 4 to 16 of them (the handshake accepts up to 16). */
export function isPlausibleJoinCode(code: string): boolean {
  return /^[A-Z0-9]{4,16}$/.test(code);
}
