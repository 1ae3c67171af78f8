/**
 * A client-generated id for a command (idempotency key). Uses getRandomValues, which exists on
 * plain-http pages too: phones reach the server by LAN address, where crypto.randomUUID is missing.
 */
export function newCommandId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
