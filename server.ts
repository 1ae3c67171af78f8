/** The one process: Next's request handler and Socket.io on the same HTTP server and port. */
import { fileURLToPath } from 'node:url';
import next from 'next';
import { ensureOrganiserCredential } from '@/lib/auth/organiser-auth';
import { dataFolder, databasePath, EnvError, parseEnv, type Env } from '@/lib/env';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';
import { printBanner } from '@/lib/server/banner';
import { backupFolder, scheduleBackups } from '@/lib/server/backups';
import { limitHeapGrowth } from '@/lib/server/heap-growth';
import { createAppHttpServer } from '@/lib/server/http-server';
import { DatabaseOpenError, openConfiguredDatabase } from '@/lib/server/open-database';
import { resolvePublicUrl } from '@/lib/server/public-url';

process.env.NEXT_TELEMETRY_DISABLED = '1';
limitHeapGrowth();

// A bad setting stops the start with a message naming it, never a stack trace.
function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof EnvError || error instanceof DatabaseOpenError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const env: Env = orExit(() => parseEnv());
const db = orExit(() => openConfiguredDatabase(databasePath(env)));
const { generated } = ensureOrganiserCredential(db, env.ORGANISER_PASSWORD);
const dev = env.NODE_ENV === 'development';

const app = next({ dev, dir: fileURLToPath(new URL('.', import.meta.url)), hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const httpServer = createAppHttpServer((req, res) => handle(req, res), env, dev);
let port = env.PORT;
const realtime = createRealtimeServer(httpServer, { db, clock: Date, publicUrl: () => resolvePublicUrl(env.PUBLIC_URL, port) });
const backups =
  env.BACKUP_INTERVAL_MINUTES > 0
    ? scheduleBackups(db, backupFolder(dataFolder(env)), { intervalMs: env.BACKUP_INTERVAL_MINUTES * 60_000, keep: env.BACKUP_KEEP })
    : null;

httpServer.listen(env.PORT, env.HOST, () => {
  const address = httpServer.address();
  if (address && typeof address === 'object') port = address.port;
  printBanner({
    port,
    publicUrl: resolvePublicUrl(env.PUBLIC_URL, port),
    configuredPublicUrl: env.PUBLIC_URL,
    generatedCredential: generated,
    databaseFile: databasePath(env),
    backups: backups ? { folder: backupFolder(dataFolder(env)), everyMinutes: env.BACKUP_INTERVAL_MINUTES } : null,
  });
});

function shutdown(signal: string): void {
  console.info(`${signal}: closing`);
  void Promise.allSettled([realtime.close(), backups?.stop()]).finally(() => {
    db.$client.close();
    process.exit(0);
  });
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
