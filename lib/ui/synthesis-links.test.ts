import { describe, expect, it } from 'vitest';
import { organiserFileHref, synthesisLinks, withTimeZone } from './synthesis-links';

describe('synthesisLinks', () => {
  it.each([
    ['http://192.168.1.20:3000/synthesis/abc-123/Kx_9-q', '/synthesis/abc-123/Kx_9-q'],
    ['/synthesis/abc-123/Kx_9-q', '/synthesis/abc-123/Kx_9-q'],
    ['/synthesis/abc-123/Kx_9-q/', '/synthesis/abc-123/Kx_9-q'],
  ])('%s leads to the page %s, on this host', (url, page) => {
    const links = synthesisLinks(url);
    expect(links?.page).toBe(page);
    expect(links?.print).toBe(`${page}/print`);
    expect(links?.data).toBe('/api/sessions/abc-123/synthesis/Kx_9-q');
    expect(links?.file('docx')).toBe('/api/sessions/abc-123/synthesis/Kx_9-q/docx');
  });

  it.each(['', '/join/ABCDEF', '/synthesis/abc', '/synthesis/abc/key/print', '/synthesis/abc/k<e>y', 'http://['])('%j is not a synthesis address', (url) => {
    expect(synthesisLinks(url)).toBeNull();
  });
});

describe('organiser downloads', () => {
  it.each([
    ['s1', 'docx', undefined, '/api/sessions/s1/exports/docx'],
    ['s1', 'template', 'Europe/Paris', '/api/sessions/s1/exports/template?tz=Europe%2FParis'],
    ['a b', 'csv', 'UTC', '/api/sessions/a%20b/exports/csv?tz=UTC'],
  ])('%s %s in %s → %s', (id, file, zone, href) => {
    expect(withTimeZone(organiserFileHref(id, file), zone)).toBe(href);
  });

  it('adds the zone to an address that already has a query', () => {
    expect(withTimeZone('/x?a=1', 'UTC')).toBe('/x?a=1&tz=UTC');
  });
});
