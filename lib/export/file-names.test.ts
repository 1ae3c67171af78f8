import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './file-names';

describe('slug', () => {
  it.each([
    ['Café parcours client — étape « souscription »', 'cafe-parcours-client-etape-souscription'],
    ['Œuvre & Straße', 'oeuvre-strasse'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON: <>|?*', 'con'],
    ['   ', ''],
    ['東京 2025', '2025'],
  ])('%j → %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe('exportFileName', () => {
  it.each([
    {
      title: 'Café parcours client',
      date: '2025-03-14',
      language: 'fr' as const,
      kind: 'synthesis' as const,
      ext: 'docx',
      expected: '2025-03-14-cafe-parcours-client-synthese.docx',
    },
    {
      title: 'Claims journey café',
      date: '2025-03-14',
      language: 'en' as const,
      kind: 'synthesis' as const,
      ext: 'docx',
      expected: '2025-03-14-claims-journey-cafe-synthesis.docx',
    },
    { title: 'Claims', date: '2025-03-14', language: 'en' as const, kind: 'backlog' as const, ext: 'xlsx', expected: '2025-03-14-claims-backlog.xlsx' },
    { title: 'Lancement CRM', date: null, language: 'fr' as const, kind: 'template' as const, ext: 'json', expected: 'lancement-crm-modele.json' },
    { title: '???', date: '2025-03-14', language: 'fr' as const, kind: 'matrix' as const, ext: 'svg', expected: '2025-03-14-cafe-matrice-effort-gain.svg' },
    { title: 'x'.repeat(200), date: 'not a date', language: 'en' as const, kind: 'archive' as const, ext: 'json', expected: `${'x'.repeat(60)}-archive.json` },
  ])('$expected', ({ title, date, language, kind, ext, expected }) => {
    expect(exportFileName({ title, date, language }, kind, ext)).toBe(expected);
  });
});
