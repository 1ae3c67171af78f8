import { z } from 'zod';
import { dirname } from 'node:path';

/** A whole number in [min, max] written in digits (no blank, fraction, exponent or hexadecimal), or the default. */
function wholeNumber(min: number, max: number, fallback: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.string().trim().regex(/^\d+$/, message).transform(Number).pipe(z.number().min(min, message).max(max, message)).default(fallback);
}

// A refinement also runs when a field failed (then it holds the raw string): compare only valid numbers.
function bothNumbers(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b);
}

/**
 * Open connections the HTTP server accepts at once. A phone holds one WebSocket and, while a page
 * loads, a few HTTP connections: 2,000 phones need about 2,000 at rest and a few thousand during a
 * wave of reloads. Past the cap, new connections are dropped instead of starving the room.
 */
export const DEFAULT_MAX_CONNECTIONS = 8000;
/** Time a client has to send its request headers; a half-open (slowloris) connection is closed after it. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** Time a client has to send a whole request. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** Minutes between two rolling backups of the database (0: none). */
export const DEFAULT_BACKUP_INTERVAL_MINUTES = 5;
/** Rolling backups kept in the data folder. */
export const DEFAULT_BACKUP_KEEP = 6;

/** Server configuration, parsed once at start; a bad value stops the server with a message naming the variable. */
const envSchema = z
  .object({
    // Digits only: z.coerce.number() would read a blank "  " as 0, a random port, and accept "1e3" or "0x50".
    PORT: z
      .string()
      .trim()
      .regex(/^\d+$/, 'must be a whole number from 0 to 65535')
      .transform(Number)
      .pipe(z.number().max(65_535, 'must be a whole number from 0 to 65535'))
      .default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^file:.+/, 'must look like file:./data/tournee.db')
      .default('file:./data/tournee.db'),
    PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://192.168.1.20:3000' }).optional(),
    ORGANISER_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HTTP_MAX_CONNECTIONS: wholeNumber(100, 1_000_000, DEFAULT_MAX_CONNECTIONS),
    HTTP_HEADERS_TIMEOUT_MS: wholeNumber(100, 600_000, DEFAULT_HEADERS_TIMEOUT_MS),
    HTTP_REQUEST_TIMEOUT_MS: wholeNumber(1000, 3_600_000, DEFAULT_REQUEST_TIMEOUT_MS),
    BACKUP_INTERVAL_MINUTES: wholeNumber(0, 1440, DEFAULT_BACKUP_INTERVAL_MINUTES),
    BACKUP_KEEP: wholeNumber(1, 1000, DEFAULT_BACKUP_KEEP),
  })
  // Node refuses a headers timeout longer than the request timeout.
  .refine((env) => !bothNumbers(env.HTTP_HEADERS_TIMEOUT_MS, env.HTTP_REQUEST_TIMEOUT_MS) || env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS, {
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
    message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the given variables (process.env by default); throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The file path inside a DATABASE_URL such as file:./data/tournee.db. */
export function databasePath(env: Pick<Env, 'DATABASE_URL'>): string {
  return env.DATABASE_URL.slice('file:'.length);
}

/** The folder that holds the database file (and its rolling backups). */
export function dataFolder(env: Pick<Env, 'DATABASE_URL'>): string {
  return dirname(databasePath(env));
}
