import { describe, expect, it } from 'vitest';
import { CLIENT_FREE_TRIES } from '@/lib/auth/sign-in-throttle';
import { setUpRig } from './helpers/rig';
import { expectAccessible } from './helpers/round-pages';

const PASSWORD = 'throttle-e2e-password';
const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

describe('the sign-in form under repeated wrong passwords', () => {
  it('says the password is wrong, then how long to wait once the server throttles', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 360, height: 740 } });
    rig.contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${rig.server.url}/console/sign-in`);
    const password = page.getByLabel('Password');
    for (let i = 0; i < CLIENT_FREE_TRIES; i++) {
      await password.fill(`wrong guess ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Wrong password. Try again.').waitFor();
      // Each answer replaces the last: wait for the button to come back before the next try.
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    }
    await password.fill('one more wrong guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const throttled = page.getByText(/^Too many wrong passwords\. Wait \d+ seconds?, then try again\.$/);
    await throttled.waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'sign-in, throttled');
  });
});
