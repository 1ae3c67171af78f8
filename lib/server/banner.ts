import { lanAddresses } from './public-url';

type BannerInput = {
  port: number;
  publicUrl: string;
  configuredPublicUrl: string | undefined;
  generatedCredential: string | null;
  databaseFile: string;
  backups: { folder: string; everyMinutes: number } | null;
};

/** The command that prints a new one-time sign-in link (see scripts/sign-in-link.ts). */
export const SIGN_IN_LINK_COMMAND = 'npm run sign-in-link';

/** What the organiser reads in the terminal at start: where phones go, how to sign in. */
export function printBanner({ port, publicUrl, configuredPublicUrl, generatedCredential, databaseFile, backups }: BannerInput): void {
  const local = `http://localhost:${port}`;
  const lines = ['', `Tournée is ready (listening on port ${port}).`, `  Phones join at:  ${publicUrl}/join`];
  if (!configuredPublicUrl) {
    const others = lanAddresses().slice(1);
    if (others.length > 0) lines.push(`  (other addresses of this machine: ${others.map((a) => `http://${a}:${port}`).join(', ')})`);
    lines.push('  Set PUBLIC_URL if phones must use another address (a hostname, a reverse proxy).');
  }
  lines.push(`  Console:         ${local}/console`, `  Database:        ${databaseFile}`);
  lines.push(backups ? `  Backups:         ${backups.folder} (every ${backups.everyMinutes} min)` : '  Backups:         off (BACKUP_INTERVAL_MINUTES=0)');
  if (generatedCredential) {
    lines.push(
      '',
      '  First start: an organiser credential was generated. Sign in with this link (shown only now):',
      `    ${local}/console/sign-in?key=${encodeURIComponent(generatedCredential)}`,
      '  The password is the key in that link. Set ORGANISER_PASSWORD to choose your own.',
    );
  }
  lines.push(`  Lost the sign-in link or the password? In this folder, run: ${SIGN_IN_LINK_COMMAND}`);
  console.info(lines.join('\n') + '\n');
}
