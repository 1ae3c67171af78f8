import { describe, expect, it } from 'vitest';
import { storageNotice, type StorageNotice } from './storage-notice';

describe('storageNotice', () => {
  it.each<[string, unknown, StorageNotice]>([
    ['all well', { status: 'ok', version: '0.1.0', database: 'ok', storage: 'ok' }, null],
    ['the disk is full', { status: 'degraded', version: '0.1.0', database: 'ok', storage: 'full', reason: '0 bytes free' }, 'full'],
    ['the database does not answer', { status: 'error', version: '0.1.0', database: 'unavailable', storage: 'unknown' }, 'database-down'],
    ['an answer that is not JSON we know', 'Bad gateway', null],
    ['nothing', null, null],
    ['an unknown status', { status: 'maintenance' }, null],
  ])('%s', (_name, body, expected) => {
    expect(storageNotice(body)).toBe(expected);
  });
});
