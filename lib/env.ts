import { z } from 'zod';

/** Server configuration, parsed once at start; a bad value stops the server with a message naming the variable. */
const envSchema = z.object({
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
