import { describe, expect, it } from 'vitest';
import { buildDeliverable } from './deliverable';
import { claimsCafe } from './fixtures/claims-cafe';
import { synthesisPageOf } from './synthesis-page';

describe('the synthesis page’s data', () => {
  it.each([
    ['a café with a plenary', claimsCafe(), true],
    ['a café that skipped it', claimsCafe({ plenary: false }), false],
  ])('%s: the model without backlog and notes, the matrix as SVG when there is one', (_name, record, matrix) => {
    const model = buildDeliverable(record);
    const page = synthesisPageOf(model);
    expect(page).not.toHaveProperty('backlog');
    expect(page).not.toHaveProperty('notes');
    expect(page.questions).toEqual(model.questions);
    expect(page.matrixSvg === null).toBe(!matrix);
    if (page.matrixSvg) expect(page.matrixSvg).toMatch(/^<svg [^>]*role="img"/);
  });

  it('holds no name in an anonymous café', () => {
    const record = claimsCafe({ anonymous: true });
    const text = JSON.stringify(synthesisPageOf(buildDeliverable(record)));
    for (const person of record.participants) expect(text).not.toContain(person.displayName);
  });
});
