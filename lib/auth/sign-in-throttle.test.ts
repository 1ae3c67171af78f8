import { describe, expect, it } from 'vitest';
import { CLIENT_FREE_TRIES, FIRST_WAIT_MS, FORGET_AFTER_MS, OVERALL_FREE_TRIES, OVERALL_MAX_WAIT_MS, SignInThrottle } from './sign-in-throttle';

type Step = { client: string; at: number; ok?: boolean; expect: 'allowed' | number };

function run(steps: Step[]): Array<'allowed' | number> {
  const throttle = new SignInThrottle();
  return steps.map((step) => {
    const decision = throttle.begin(step.client, step.at);
    if (decision.allowed && step.ok) throttle.succeeded(step.client);
    return decision.allowed ? 'allowed' : decision.retryAfterMs;
  });
}

const wrong = (client: string, at: number, expected: 'allowed' | number = 'allowed'): Step => ({ client, at, expect: expected });
const burst = (client: string, count: number, at = 0): Step[] => Array.from({ length: count }, () => wrong(client, at));

describe('SignInThrottle', () => {
  it.each<[string, Step[]]>([
    ['the free tries are allowed', burst('a', CLIENT_FREE_TRIES)],
    ['the next one waits FIRST_WAIT_MS', [...burst('a', CLIENT_FREE_TRIES), wrong('a', 0, FIRST_WAIT_MS)]],
    ['the wait counts from the last failure', [...burst('a', CLIENT_FREE_TRIES), wrong('a', 400, FIRST_WAIT_MS - 400)]],
    ['after the wait, one more try', [...burst('a', CLIENT_FREE_TRIES), wrong('a', FIRST_WAIT_MS)]],
    [
      'each further failure doubles the wait',
      [...burst('a', CLIENT_FREE_TRIES), wrong('a', 1000), wrong('a', 1000, 2000), wrong('a', 3000), wrong('a', 3000, 4000)],
    ],
    ['refused tries do not lengthen the wait', [...burst('a', CLIENT_FREE_TRIES), wrong('a', 0, 1000), wrong('a', 10, 990), wrong('a', 1000)]],
    ['another client is not held up by one client', [...burst('a', CLIENT_FREE_TRIES), wrong('a', 0, 1000), wrong('b', 0)]],
    [
      'a right password clears the client',
      [...burst('a', CLIENT_FREE_TRIES - 1), { client: 'a', at: 0, ok: true, expect: 'allowed' }, ...burst('a', CLIENT_FREE_TRIES)],
    ],
    ['failures are forgotten after FORGET_AFTER_MS', [...burst('a', CLIENT_FREE_TRIES), ...burst('a', CLIENT_FREE_TRIES, FORGET_AFTER_MS)]],
    [
      'many clients together hit the overall limit',
      [...Array.from({ length: OVERALL_FREE_TRIES }, (_, i) => wrong(`c${i}`, 0)), wrong('fresh', 0, FIRST_WAIT_MS), wrong('fresh', FIRST_WAIT_MS)],
    ],
  ])('%s', (_name, steps) => {
    expect(run(steps)).toEqual(steps.map((s) => s.expect));
  });

  it('caps the overall wait so that pranksters cannot lock the organiser out for long', () => {
    const throttle = new SignInThrottle();
    let now = 0;
    for (let i = 0; i < 200; i++) {
      const decision = throttle.begin(`c${i}`, now);
      if (!decision.allowed) now += decision.retryAfterMs;
    }
    const decision = throttle.begin('organiser', now);
    expect(decision.allowed ? 0 : decision.retryAfterMs).toBeLessThanOrEqual(OVERALL_MAX_WAIT_MS);
  });
});
