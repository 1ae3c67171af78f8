import { describe, expect, it } from 'vitest';
import { exportCafeArchive, parseCafeArchive } from '@/lib/export/cafe-archive';
import { cafeRecordSchema } from '@/lib/export/cafe-record';
import { sessionDraftSchema } from '@/lib/realtime/contract';
import { LANGUAGES } from '@/lib/i18n/locales';
import { SHIPPED_TEMPLATES, getShippedTemplate } from './shipped-templates';

const every = SHIPPED_TEMPLATES.flatMap((template) => LANGUAGES.map((language) => ({ id: template.id, language, record: template[language] })));

describe('shipped templates', () => {
  it.each(every)('$id ($language) validates as a template and reads back from its archive', ({ language, record }) => {
    expect(cafeRecordSchema.safeParse(record).error?.issues ?? []).toEqual([]);
    expect(record).toMatchObject({ kind: 'template', session: { language } });
    expect(parseCafeArchive(exportCafeArchive(record))).toEqual({ ok: true, record });
  });

  it.each(every)('$id ($language) is a session the builder accepts', ({ record }) => {
    const { title, purpose, language, anonymous, autoAdvance, rounds, tables, speakingTurnMs, minPerTable, maxPerTable } = record.session;
    const draft = {
      title,
      purpose,
      language,
      anonymous,
      autoAdvance,
      rounds,
      tables: tables.map(({ name, colour }) => ({ name, colour })),
      speakingTurnMs,
      minPerTable,
      maxPerTable,
    };
    expect(sessionDraftSchema.safeParse(draft).error?.issues ?? []).toEqual([]);
  });

  it.each(SHIPPED_TEMPLATES)('$id has the same shape in both languages, in each language’s words', (template) => {
    const shape = (language: 'fr' | 'en') => {
      const s = template[language].session;
      return {
        rounds: s.rounds.map((r) => [r.reflectionMs, r.sharingMs, r.consolidationMs]),
        tables: s.tables.map((t) => t.colour),
        plenary: s.plenary,
        anonymous: s.anonymous,
      };
    };
    expect(shape('fr')).toEqual(shape('en'));
    expect(template.fr.session.title).not.toBe(template.en.session.title);
    template.fr.session.rounds.forEach((round, i) => expect(round.question).not.toBe(template.en.session.rounds[i]!.question));
  });

  it('finds a template by id and language', () => {
    expect(getShippedTemplate('crm-kickoff', 'fr')?.session.title).toBe('Lancement du projet CRM');
    expect(getShippedTemplate('nope', 'en')).toBeNull();
  });
});
