import { describe, expect, it } from 'vitest';
import { parseCafeArchive } from './cafe-archive';
import { toTemplate } from './cafe-record';
import { EXPORT_FORMATS, exportFile, isExportFormat } from './export-file';
import { claimsCafe } from './fixtures/claims-cafe';

/** Building a real file takes a second or two; more on a loaded machine. */
const FILE_TEST_TIMEOUT_MS = 30_000;

describe('exportFile', { timeout: FILE_TEST_TIMEOUT_MS }, () => {
  const record = claimsCafe({ language: 'fr' });

  it.each([
    { format: 'docx' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-synthese.docx', magic: 'PK' },
    { format: 'xlsx' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-backlog.xlsx', magic: 'PK' },
    { format: 'csv' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-backlog.csv', magic: '\uFEFF' },
    { format: 'md' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-synthese.md', magic: '# ' },
    { format: 'json' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-archive.json', magic: '{' },
    { format: 'svg' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-matrice-effort-gain.svg', magic: '<svg' },
    { format: 'png' as const, fileName: '2025-03-14-claims-journey-cafe-spring-2025-matrice-effort-gain.png', magic: '\u0089PNG' },
  ])('$format: named after the café, with its bytes', async ({ format, fileName, magic }) => {
    const file = await exportFile(record, format, { timeZone: 'Europe/Paris' });
    expect(file.fileName).toBe(fileName);
    expect(file.body.toString('latin1').startsWith(magic === '\uFEFF' ? '\u00ef\u00bb\u00bf' : magic)).toBe(true);
  });

  it('exports a template as a template that reads back', async () => {
    const file = await exportFile(toTemplate(record), 'json');
    expect(file.fileName).toBe('claims-journey-cafe-spring-2025-modele.json');
    expect(parseCafeArchive(file.body.toString('utf8')).ok).toBe(true);
  });

  it('knows its formats', () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat('exe')).toBe(false);
  });
});
