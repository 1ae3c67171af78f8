import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { PROJECTORS, saveLook } from './looks';
import { saveScreen } from './screens';

/** Three tables, two rounds, two ideas each: [table][round][i]. */
export const IDEAS = [
  [
    ['Safe bike lanes to every school', 'More buses in the evening'],
    ['Bike parking at the station', 'Cooking lessons for pupils'],
  ],
  [
    ['Protected cycle paths on the main road', 'A vegetable garden in the schoolyard'],
    ['Repair café for bicycles', 'Trees and shade in the playground'],
  ],
  [
    ['Night buses at weekends', 'Plant trees along the river'],
    ['Free bus passes for teenagers', 'A compost corner for the neighbourhood'],
  ],
];

/** The organiser's cookie, from the real sign-in route (the socket clients that set a plenary café up use it). */
export async function organiserCookie(url: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ password }),
  });
  expect(response.status).toBe(204);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${ORGANISER_COOKIE}=`));
  if (!cookie) throw new Error('no organiser cookie');
  return cookie.split(';')[0]!;
}

/** The console board's list (column) headed `name`. */
export const column = (page: Page, name: string) =>
  page.getByTestId('workstream-column').filter({ has: page.getByRole('heading', { name, exact: true, level: 3 }) });

/** Saves the projector at every projector size (`docs/screens` at 1920×1080), then puts it back at 1920×1080. */
export async function projectorLooks(projector: Page, name: string): Promise<void> {
  for (const size of PROJECTORS) {
    await projector.setViewportSize(size);
    await saveLook(projector, `${name}-${size.width}x${size.height}`);
    if (size.width === 1920) await saveScreen(projector, name);
  }
  await projector.setViewportSize(PROJECTORS[0]);
}
