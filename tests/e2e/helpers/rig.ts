import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';

/** The built app on its own port and database, Chromium, and the browser contexts a test opened (closed after). */
export type Rig = { server: AppServer; browser: Browser; contexts: BrowserContext[] };

/** Starts the app (with `env`) and Chromium before the file's tests; closes every context, the browser and the app after. */
export function setUpRig(env: Record<string, string> = {}): Rig {
  const rig = { contexts: [] as BrowserContext[] } as Rig;
  beforeAll(async () => {
    rig.server = await startAppServer(env);
    rig.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of rig.contexts) await context.close().catch(() => undefined);
    await rig.browser?.close();
    await rig.server?.stop();
  });
  return rig;
}
