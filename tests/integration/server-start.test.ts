import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'file:./tmp/never-created.db', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('configuration is checked once at start', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://db/tournee' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['ORGANISER_PASSWORD', { ORGANISER_PASSWORD: 'short' }],
  ])('a bad %s stops the server with a message naming it', (name, env) => {
    const result = startWith(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(name);
    expect(result.stderr).toContain('Invalid configuration');
  });
});
