/**
 * One call per download: a café record and a format give the file's bytes, its media type and its
 * name (after the café's date and title, in its language). What an HTTP route hands to the browser.
 */
import { exportCafeArchive } from './cafe-archive';
import type { CafeRecord } from './cafe-record';
import { buildBacklogCsv } from './csv-backlog';
import { buildDeliverable, type DeliverableOptions } from './deliverable';
import { buildSynthesisDocx } from './docx-synthesis';
import { exportFileName, type ExportKind } from './file-names';
import { buildSynthesisMarkdown } from './markdown-synthesis';
import { renderMatrixPng } from './matrix-png';
import { renderMatrixSvg } from './matrix-svg';
import { buildBacklogXlsx } from './xlsx-backlog';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'md', 'json', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { fileName: string; mediaType: string; body: Buffer };

const FORMATS: Record<ExportFormat, { kind: ExportKind; mediaType: string }> = {
  docx: { kind: 'synthesis', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { kind: 'backlog', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { kind: 'backlog', mediaType: 'text/csv; charset=utf-8' },
  md: { kind: 'synthesis', mediaType: 'text/markdown; charset=utf-8' },
  json: { kind: 'archive', mediaType: 'application/json; charset=utf-8' },
  svg: { kind: 'matrix', mediaType: 'image/svg+xml' },
  png: { kind: 'matrix', mediaType: 'image/png' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file of `record` in `format`; the JSON of a template is named as a template. */
export async function exportFile(record: CafeRecord, format: ExportFormat, options: DeliverableOptions = {}): Promise<ExportFile> {
  const { kind, mediaType } = FORMATS[format];
  const model = buildDeliverable(record, options);
  const fileName = exportFileName(model, format === 'json' && record.kind === 'template' ? 'template' : kind, format);
  const body = await render(record, format, model);
  return { fileName, mediaType, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body };
}

async function render(record: CafeRecord, format: ExportFormat, model: ReturnType<typeof buildDeliverable>): Promise<Buffer | string> {
  switch (format) {
    case 'docx':
      return buildSynthesisDocx(model);
    case 'xlsx':
      return buildBacklogXlsx(model);
    case 'csv':
      return buildBacklogCsv(model);
    case 'md':
      return buildSynthesisMarkdown(model);
    case 'json':
      return exportCafeArchive(record);
    case 'svg':
      return renderMatrixSvg(model);
    case 'png':
      return renderMatrixPng(model);
  }
}
