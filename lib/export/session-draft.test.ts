import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '@/lib/templates/shipped-templates';
import { LANGUAGES } from '@/lib/i18n/locales';
import { claimsCafe } from './fixtures/claims-cafe';
import { checkRecordDraft, draftOfRecord } from './session-draft';

describe('the session a record prepares', () => {
  it.each(SHIPPED_TEMPLATES.flatMap((t) => LANGUAGES.map((language) => ({ id: t.id, language, record: t[language] }))))(
    'the template $id ($language) is a session the builder accepts, its tables without ids',
    ({ record }) => {
      const checked = checkRecordDraft(record);
      expect(checked).toEqual({ ok: true, draft: draftOfRecord(record) });
      if (checked.ok) expect(checked.draft.tables).toEqual(record.session.tables.map(({ name, colour }) => ({ name, colour })));
    },
  );

  it.each([
    [
      'more dots than the builder allows',
      (r: ReturnType<typeof claimsCafe>) => (r.session.plenary.dotsPerPerson = 50),
      ['session', 'plenary', 'dotsPerPerson'],
    ],
    ['no shortlist', (r: ReturnType<typeof claimsCafe>) => (r.session.plenary.shortlistSize = 0), ['session', 'plenary', 'shortlistSize']],
    [
      'a maximum per table below the minimum',
      (r: ReturnType<typeof claimsCafe>) => ((r.session.minPerTable = 8), (r.session.maxPerTable = 4)),
      ['session', 'maxPerTable'],
    ],
  ])('refuses %s, naming the field by its path in the archive', (_name, change, path) => {
    const record = claimsCafe();
    change(record);
    const checked = checkRecordDraft(record);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.issues.map((i) => i.path)).toContainEqual(path);
      expect(checked.message).toContain(path.join('.'));
    }
  });

  it('does not share the record’s objects with the draft', () => {
    const record = claimsCafe();
    const draft = draftOfRecord(record);
    draft.rounds[0]!.question = 'changed';
    draft.plenary.steps.pop();
    expect(record.session.rounds[0]!.question).not.toBe('changed');
    expect(record.session.plenary.steps).toHaveLength(claimsCafe().session.plenary.steps.length);
  });
});
