/** The one process: Next's request handler and Socket.io on the same HTTP server and port. */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { getSharedDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureOrganiserCredential } from '@/lib/auth/organiser-auth';
import { databasePath, EnvError, parseEnv, type Env } from '@/lib/env';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';
import { printBanner } from '@/lib/server/banner';
import { resolvePublicUrl } from '@/lib/server/public-url';

process.env.NEXT_TELEMETRY_DISABLED = '1';

function loadEnv(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const env = loadEnv();
const db = getSharedDb(databasePath(env));
migrateDatabase(db);
const { generated } = ensureOrganiserCredential(db, env.ORGANISER_PASSWORD);

const app = next({ dev: env.NODE_ENV === 'development', dir: fileURLToPath(new URL('.', import.meta.url)), hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const httpServer = createServer((req, res) => void handle(req, res));
let port = env.PORT;
const realtime = createRealtimeServer(httpServer, { db, clock: Date, publicUrl: () => resolvePublicUrl(env.PUBLIC_URL, port) });

httpServer.listen(env.PORT, env.HOST, () => {
  const address = httpServer.address();
  if (address && typeof address === 'object') port = address.port;
  printBanner({
    port,
    publicUrl: resolvePublicUrl(env.PUBLIC_URL, port),
    configuredPublicUrl: env.PUBLIC_URL,
    generatedCredential: generated,
    databaseFile: databasePath(env),
  });
});

function shutdown(signal: string): void {
  console.info(`${signal}: closing`);
  void realtime.close().finally(() => {
    db.$client.close();
    process.exit(0);
  });
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
