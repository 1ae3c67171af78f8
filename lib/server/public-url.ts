import { networkInterfaces } from 'node:os';

/** The machine's LAN IPv4 addresses (phones cannot reach `localhost`). */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) found.push(info.address);
    }
  }
  return found;
}

/** The base URL phones should use: PUBLIC_URL when configured, else the first LAN address. */
export function resolvePublicUrl(configured: string | undefined, port: number): string {
  if (configured) return configured.replace(/\/+$/, '');
  const lan = lanAddresses()[0];
  return `http://${lan ?? 'localhost'}:${port}`;
}
