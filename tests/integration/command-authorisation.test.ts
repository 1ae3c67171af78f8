/**
 * docs/protocol.md's "who" column and the declared commands cannot drift apart: every command is
 * documented, its "who" starts with its resolver's words, and the real server lets exactly those
 * roles through (an empty payload is refused as invalid by the roles that may send it, as
 * forbidden or unauthorised by the others).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '@/lib/realtime/emit-command';
import { COMMANDS } from '@/lib/realtime/server/commands/command-list';
import { hostKeyOf, openSession, seatPhone } from '@/tests/helpers/cafe';
import { TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const ROLES = ['organiser (sessions list)', 'organiser (a session)', 'projector', 'guest', 'participant', 'host'] as const;
type RoleName = (typeof ROLES)[number];

/** What each resolver's words mean, role by role. */
const ALLOWED: Record<string, readonly RoleName[]> = {
  anyone: ROLES,
  'anyone bound to a session': ROLES.filter((r) => r !== 'organiser (sessions list)'),
  guest: ['guest'],
  organiser: ['organiser (sessions list)', 'organiser (a session)'],
  'organiser bound to the session': ['organiser (a session)'],
  participant: ['participant', 'host'],
  host: ['host'],
  'host or organiser bound to the session': ['host', 'organiser (a session)'],
};

/** The rows of the commands table: event names (a row may name several) and the "who" cell. */
function documentedCommands(): Map<string, string> {
  const doc = readFileSync('docs/protocol.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Client → server commands'), doc.indexOf('## Error codes'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (!cells[1]?.startsWith('`') || cells.length < 4) continue;
    for (const [, event] of cells[1].matchAll(/`([a-z-]+:[a-z-]+)`/g)) rows.set(event!, cells[2]!);
  }
  return rows;
}

/** The longest resolver label the cell starts with (followed by the end, punctuation or a parenthesis). */
function labelOf(who: string): string | null {
  const labels = Object.keys(ALLOWED).sort((a, b) => b.length - a.length);
  return labels.find((label) => who === label || new RegExp(`^${label}[,:;( —]`).test(who)) ?? null;
}

describe('the "who" column of docs/protocol.md', () => {
  const documented = documentedCommands();

  it('documents every declared command, and only those', () => {
    expect([...documented.keys()].sort()).toEqual(COMMANDS.map((c) => c.event).sort());
  });

  it.each(COMMANDS.map((c) => ({ event: c.event, who: c.auth.who })))('$event: starts with "$who"', ({ event, who }) => {
    expect(labelOf(documented.get(event) ?? '')).toBe(who);
  });
});

describe('every declared command × every role, on the real server', () => {
  let server: TestServer;
  const clients = {} as Record<RoleName, TestClient>;

  beforeAll(async () => {
    server = await startTestServer();
    const { organiser, code, view } = await openSession(server, { tables: [{ name: 'One', colour: 'red' }] });
    const host = await seatPhone(server, code, 'Hana', 1, hostKeyOf(view.hostLinks![view.seating![0]!.id]!));
    const guest = new TestClient(server.url, () => ({ joinCode: code }));
    const screenKey = new URL(view.screenUrl!).pathname.split('/').at(-1)!;
    const projector = new TestClient(server.url, () => ({ screenKey }));
    const lobby = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
    Object.assign(clients, {
      'organiser (sessions list)': lobby,
      'organiser (a session)': organiser,
      projector,
      guest,
      participant: (await seatPhone(server, code, 'Paul', 1)).client,
      host: host.client,
    });
    await Promise.all([
      guest.until(() => true),
      projector.until(() => true),
      lobby.socket.connected ? null : new Promise((r) => lobby.socket.once('connect', () => r(null))),
    ]);
  });

  afterAll(async () => {
    for (const client of Object.values(clients)) client.close();
    await server.close();
  });

  const cases = COMMANDS.flatMap((command) => ROLES.map((role) => ({ event: command.event, role, allowed: ALLOWED[command.auth.who]!.includes(role) })));

  it.each(cases)('$event from the $role: allowed $allowed', async ({ event, role, allowed }) => {
    // One client per role sends every command in turn: when it outruns the rate limit, it waits as told.
    const send = () => clients[role].request(event as CommandName, {} as never);
    let ack = await send();
    while (!ack.ok && ack.code === 'rate-limited') {
      const wait = (ack.retryAfterMs ?? 100) + 10;
      await new Promise((resolve) => setTimeout(resolve, wait));
      ack = await send();
    }
    const refused = !ack.ok && (ack.code === 'forbidden' || ack.code === 'unauthorised');
    expect(refused ? 'refused' : 'let through', JSON.stringify(ack)).toBe(allowed ? 'let through' : 'refused');
  });
});
