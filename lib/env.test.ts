import { describe, expect, it } from 'vitest';
import { EnvError, dataFolder, databasePath, parseEnv, type Env } from './env';

type Source = Record<string, string | undefined>;

const DEFAULTS: Env = {
  PORT: 3000,
  HOST: '0.0.0.0',
  DATABASE_URL: 'file:./data/tournee.db',
  NODE_ENV: 'production',
  HTTP_MAX_CONNECTIONS: 8000,
  HTTP_HEADERS_TIMEOUT_MS: 10_000,
  HTTP_REQUEST_TIMEOUT_MS: 60_000,
  BACKUP_INTERVAL_MINUTES: 5,
  BACKUP_KEEP: 6,
};
const PORT_ERROR = 'PORT: must be a whole number from 0 to 65535';
const DATABASE_URL_ERROR = 'DATABASE_URL: must look like file:./data/tournee.db';
const PUBLIC_URL_ERROR = 'PUBLIC_URL: must be an http(s) URL such as http://192.168.1.20:3000';
const PASSWORD_ERROR = 'ORGANISER_PASSWORD: must be at least 12 characters';

describe('parseEnv: accepted', () => {
  it.each<[string, Source, Env]>([
    ['nothing set → defaults', {}, DEFAULTS],
    ['empty strings are unset', { PORT: '', HOST: '', DATABASE_URL: '', PUBLIC_URL: '', ORGANISER_PASSWORD: '', NODE_ENV: '' }, DEFAULTS],
    ['undefined values are unset', { PORT: undefined, PUBLIC_URL: undefined }, DEFAULTS],
    ['unrelated variables are dropped', { PATH: '/usr/bin', HOME: '/root' }, DEFAULTS],
    ['PORT as digits', { PORT: '8080' }, { ...DEFAULTS, PORT: 8080 }],
    ['PORT with spaces around', { PORT: ' 8080 ' }, { ...DEFAULTS, PORT: 8080 }],
    ['PORT 0 (any free port)', { PORT: '0' }, { ...DEFAULTS, PORT: 0 }],
    ['PORT 65535', { PORT: '65535' }, { ...DEFAULTS, PORT: 65_535 }],
    ['HOST', { HOST: '127.0.0.1' }, { ...DEFAULTS, HOST: '127.0.0.1' }],
    ['DATABASE_URL file:', { DATABASE_URL: 'file:/var/lib/tournee/db.sqlite' }, { ...DEFAULTS, DATABASE_URL: 'file:/var/lib/tournee/db.sqlite' }],
    ['PUBLIC_URL http with port', { PUBLIC_URL: 'http://192.168.1.20:3000' }, { ...DEFAULTS, PUBLIC_URL: 'http://192.168.1.20:3000' }],
    ['PUBLIC_URL https', { PUBLIC_URL: 'https://cafe.example.org' }, { ...DEFAULTS, PUBLIC_URL: 'https://cafe.example.org' }],
    ['ORGANISER_PASSWORD of 12 characters', { ORGANISER_PASSWORD: '123456789012' }, { ...DEFAULTS, ORGANISER_PASSWORD: '123456789012' }],
    ['NODE_ENV development', { NODE_ENV: 'development' }, { ...DEFAULTS, NODE_ENV: 'development' }],
    ['NODE_ENV test', { NODE_ENV: 'test' }, { ...DEFAULTS, NODE_ENV: 'test' }],
    ['HTTP_MAX_CONNECTIONS', { HTTP_MAX_CONNECTIONS: '20000' }, { ...DEFAULTS, HTTP_MAX_CONNECTIONS: 20_000 }],
    ['HTTP_MAX_CONNECTIONS at its floor', { HTTP_MAX_CONNECTIONS: '100' }, { ...DEFAULTS, HTTP_MAX_CONNECTIONS: 100 }],
    ['HTTP_HEADERS_TIMEOUT_MS short (tests)', { HTTP_HEADERS_TIMEOUT_MS: '500' }, { ...DEFAULTS, HTTP_HEADERS_TIMEOUT_MS: 500 }],
    [
      'both timeouts equal',
      { HTTP_HEADERS_TIMEOUT_MS: '30000', HTTP_REQUEST_TIMEOUT_MS: '30000' },
      { ...DEFAULTS, HTTP_HEADERS_TIMEOUT_MS: 30_000, HTTP_REQUEST_TIMEOUT_MS: 30_000 },
    ],
    ['BACKUP_INTERVAL_MINUTES 0 (no backups)', { BACKUP_INTERVAL_MINUTES: '0' }, { ...DEFAULTS, BACKUP_INTERVAL_MINUTES: 0 }],
    ['BACKUP_KEEP', { BACKUP_KEEP: '24' }, { ...DEFAULTS, BACKUP_KEEP: 24 }],
  ])('%s', (_name, source, expected) => {
    expect(parseEnv(source)).toStrictEqual(expected);
  });
});

describe('parseEnv: refused with a message naming the variable', () => {
  it.each<[string, Source, string[]]>([
    ['PORT not a number', { PORT: 'abc' }, [PORT_ERROR]],
    ['PORT blank', { PORT: '   ' }, [PORT_ERROR]],
    ['PORT with a fraction', { PORT: '80.5' }, [PORT_ERROR]],
    ['PORT negative', { PORT: '-1' }, [PORT_ERROR]],
    ['PORT above 65535', { PORT: '65536' }, [PORT_ERROR]],
    ['PORT in exponent notation', { PORT: '1e3' }, [PORT_ERROR]],
    ['PORT in hexadecimal', { PORT: '0x50' }, [PORT_ERROR]],
    ['DATABASE_URL not file:', { DATABASE_URL: 'postgres://localhost/tournee' }, [DATABASE_URL_ERROR]],
    ['DATABASE_URL a bare path', { DATABASE_URL: './data/tournee.db' }, [DATABASE_URL_ERROR]],
    ['DATABASE_URL file: with no path', { DATABASE_URL: 'file:' }, [DATABASE_URL_ERROR]],
    ['PUBLIC_URL ftp', { PUBLIC_URL: 'ftp://192.168.1.20' }, [PUBLIC_URL_ERROR]],
    ['PUBLIC_URL without a scheme', { PUBLIC_URL: '192.168.1.20:3000' }, [PUBLIC_URL_ERROR]],
    ['PUBLIC_URL not a URL', { PUBLIC_URL: 'my laptop' }, [PUBLIC_URL_ERROR]],
    ['ORGANISER_PASSWORD of 11 characters', { ORGANISER_PASSWORD: '12345678901' }, [PASSWORD_ERROR]],
    ['NODE_ENV unknown', { NODE_ENV: 'staging' }, ['NODE_ENV: Invalid option: expected one of "development"|"production"|"test"']],
    ['HTTP_MAX_CONNECTIONS too low to seat a room', { HTTP_MAX_CONNECTIONS: '10' }, ['HTTP_MAX_CONNECTIONS: must be a whole number from 100 to 1000000']],
    ['HTTP_MAX_CONNECTIONS not a number', { HTTP_MAX_CONNECTIONS: 'lots' }, ['HTTP_MAX_CONNECTIONS: must be a whole number from 100 to 1000000']],
    ['HTTP_HEADERS_TIMEOUT_MS of 0 (no timeout)', { HTTP_HEADERS_TIMEOUT_MS: '0' }, ['HTTP_HEADERS_TIMEOUT_MS: must be a whole number from 100 to 600000']],
    ['HTTP_REQUEST_TIMEOUT_MS with a fraction', { HTTP_REQUEST_TIMEOUT_MS: '1.5' }, ['HTTP_REQUEST_TIMEOUT_MS: must be a whole number from 1000 to 3600000']],
    [
      'HTTP_HEADERS_TIMEOUT_MS longer than the request timeout',
      { HTTP_HEADERS_TIMEOUT_MS: '90000', HTTP_REQUEST_TIMEOUT_MS: '60000' },
      ['HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS'],
    ],
    ['BACKUP_INTERVAL_MINUTES negative', { BACKUP_INTERVAL_MINUTES: '-5' }, ['BACKUP_INTERVAL_MINUTES: must be a whole number from 0 to 1440']],
    ['BACKUP_KEEP of 0', { BACKUP_KEEP: '0' }, ['BACKUP_KEEP: must be a whole number from 1 to 1000']],
    ['every bad variable is named', { PORT: 'x', PUBLIC_URL: 'ftp://x', ORGANISER_PASSWORD: 'short' }, [PORT_ERROR, PUBLIC_URL_ERROR, PASSWORD_ERROR]],
  ])('%s', (_name, source, lines) => {
    let thrown: unknown;
    try {
      parseEnv(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    expect(thrown).toHaveProperty('message', `Invalid configuration:\n${lines.map((line) => `  ${line}`).join('\n')}`);
  });
});

describe('dataFolder', () => {
  it.each([
    ['file:./data/tournee.db', './data'],
    ['file:/var/lib/tournee/db.sqlite', '/var/lib/tournee'],
    ['file:tournee.db', '.'],
  ])('%s → %s', (url, expected) => {
    expect(dataFolder({ DATABASE_URL: url })).toBe(expected);
  });
});

describe('databasePath', () => {
  it.each([
    ['file:./data/tournee.db', './data/tournee.db'],
    ['file:/var/lib/tournee/db.sqlite', '/var/lib/tournee/db.sqlite'],
  ])('%s → %s', (url, expected) => {
    expect(databasePath({ DATABASE_URL: url })).toBe(expected);
  });
});
