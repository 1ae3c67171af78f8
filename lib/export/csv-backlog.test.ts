import { describe, expect, it } from 'vitest';
import { neutralise } from './cell-guard';
import { buildBacklogCsv, csvField } from './csv-backlog';
import { buildDeliverable } from './deliverable';
import { tinyCafe } from './fixtures/tiny-cafe';
import { readCsv } from '@/tests/helpers/read-csv';

describe('neutralise', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-10 % on fees', "'-10 % on fees"],
    ['@admin', "'@admin"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['A = B', 'A = B'],
    ['', ''],
    ['Plain idea', 'Plain idea'],
  ])('%j → %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each([
    { text: 'plain', separator: ',', expected: 'plain' },
    { text: 'one, two', separator: ',', expected: '"one, two"' },
    { text: 'one, two', separator: ';', expected: 'one, two' },
    { text: 'un; deux', separator: ';', expected: '"un; deux"' },
    { text: 'say "hi"', separator: ',', expected: '"say ""hi"""' },
    { text: 'line\nbreak', separator: ',', expected: '"line\nbreak"' },
    { text: 'carriage\rreturn', separator: ',', expected: '"carriage\rreturn"' },
    { text: '=HYPERLINK("http://x","click")', separator: ',', expected: '"\'=HYPERLINK(""http://x"",""click"")"' },
    { text: "=cmd|' /C calc'!A0", separator: ';', expected: "'=cmd|' /C calc'!A0" },
    { text: '-1', separator: ',', expected: "'-1" },
  ])('$text with "$separator" → $expected', ({ text, separator, expected }) => {
    expect(csvField(text, separator)).toBe(expected);
  });
});

describe('buildBacklogCsv', () => {
  const spec = {
    ideas: [
      { id: 'a', table: 1, text: '=1+1 is not a formula', notes: ['Nice; really', 'Say "yes"'] },
      { id: 'b', table: 2, text: 'Plain, with a comma\nand a second line' },
    ],
    plenary: {
      voteStatus: 'closed' as const,
      votes: [{ participantId: 'p1', itemId: 'a', dots: 2 }],
      ratings: [
        { raterId: 'p1', itemId: 'a', gain: 4, effort: 2 },
        { raterId: 'p2', itemId: 'a', gain: 5, effort: 3 },
      ],
      actions: [
        {
          itemId: 'a',
          code: 'A-01',
          owner: '@ops',
          deadline: '2025-09-30',
          horizon: 'short' as const,
          objective: 'Ship it',
          status: 'agreed' as const,
          position: 0,
        },
      ],
    },
  };

  it.each([
    {
      language: 'en' as const,
      separator: ',',
      header: ['Ref.', 'Item', 'Idea', 'Workstream', 'Question'],
      gain: '4.5',
      category: 'Quick win',
      deadline: '2025-09-30',
    },
    {
      language: 'fr' as const,
      separator: ';',
      header: ['Réf.', 'Élément', 'Idée', 'Chantier', 'Question'],
      gain: '4,5',
      category: 'Gain rapide',
      deadline: '30/09/2025',
    },
  ])('$language: BOM, "$separator", headers and values in the session’s language', ({ language, separator, header, gain, category, deadline }) => {
    const csv = buildBacklogCsv(buildDeliverable(tinyCafe({ ...spec, language })));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.slice(1), separator);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.slice(0, 5)).toEqual(header);
    const columns = rows[0]!;
    const first = Object.fromEntries(columns.map((c, i) => [c, rows[1]![i]]));
    expect(Object.values(first)).toEqual(expect.arrayContaining(["'=1+1 is not a formula", gain, category, deadline, "'@ops", '• Nice; really\n• Say "yes"']));
    expect(rows[2]).toContain('Plain, with a comma\nand a second line');
    expect(rows.every((r) => r.length === columns.length)).toBe(true);
  });
});
