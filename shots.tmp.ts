import { chromium } from 'playwright-core';
const U = 'http://127.0.0.1:3111';
const [path, w, h, prefix, max = '6', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await ctx.request.post(`${U}/api/auth/sign-in`, { data: { password: 'smoke-password-123' } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(`${U}${path}`);
await page.waitForTimeout(2500);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', total, 'scrollW', await page.evaluate(() => document.documentElement.scrollWidth));
for (let i = 0, y = 0; i < Number(max) && y < total; i++, y += Number(h) - 40) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/dlv/${prefix}${i}.png` });
}
await browser.close();
