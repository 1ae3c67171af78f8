/**
 * `npm run sign-in-link`: prints a new one-time organiser sign-in link for the configured database
 * (DATABASE_URL, as for `npm start`), for when the first start's link or the password is lost.
 * Works while the server runs.
 */
import { existsSync } from 'node:fs';
import { issueSignInLinkKey, SIGN_IN_LINK_MS } from '@/lib/auth/organiser-auth';
import { databasePath, EnvError, parseEnv } from '@/lib/env';
import { DatabaseOpenError, openConfiguredDatabase } from '@/lib/server/open-database';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  const env = parseEnv();
  const path = databasePath(env);
  if (!existsSync(path)) fail(`No database at ${path} (DATABASE_URL): start Tournée once with "npm start", or set DATABASE_URL to the file it uses.`);
  const db = openConfiguredDatabase(path);
  const key = issueSignInLinkKey(db, Date.now());
  db.$client.close();
  const query = `/console/sign-in?key=${encodeURIComponent(key)}`;
  const lines = [
    'A new one-time sign-in link (it works once, within the next ' + `${SIGN_IN_LINK_MS / 60_000} minutes; a newer link replaces it):`,
    `  http://localhost:${env.PORT}${query}`,
  ];
  if (env.PUBLIC_URL) lines.push(`  or ${env.PUBLIC_URL.replace(/\/+$/, '')}${query}`);
  lines.push('Open it on the organiser’s laptop. Your password does not change.');
  console.info(lines.join('\n'));
} catch (error) {
  if (error instanceof EnvError || error instanceof DatabaseOpenError) fail(error.message);
  throw error;
}
