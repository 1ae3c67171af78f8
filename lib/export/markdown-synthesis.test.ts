import { describe, expect, it } from 'vitest';
import { buildDeliverable } from './deliverable';
import { claimsCafe } from './fixtures/claims-cafe';
import { CLAIMS_PEOPLE } from './fixtures/claims-cafe-content';
import { escapeMarkdown, buildSynthesisMarkdown } from './markdown-synthesis';

describe('escapeMarkdown', () => {
  it.each([
    ['Plain idea, with (brackets) and 50 % - ok', 'Plain idea, with (brackets) and 50 % - ok'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['[click](http://evil)', '\\[click\\](http://evil)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a | b', 'a \\| b'],
    ['- not a list', '\\- not a list'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['1. not a list', '1\\. not a list'],
    ['&copy; stays text, & too', '\\&copy; stays text, & too'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('buildSynthesisMarkdown', () => {
  it.each([
    {
      name: 'votes on workstreams',
      record: claimsCafe(),
      headings: ['## Participation', '## Questions and answers', '## Workstreams', '## Effort × gain', '## Action plan'],
    },
    {
      name: 'votes on ideas, French',
      record: claimsCafe({ voteOn: 'ideas', language: 'fr' }),
      headings: ['## Participation', '## Questions et réponses', '## Chantiers', '## Effort × gain', '## Plan d’action'],
    },
    { name: 'no plenary', record: claimsCafe({ plenary: false }), headings: ['## Participation', '## Questions and answers'] },
  ])('has every question and idea, and the sections there is data for ($name)', ({ record, headings }) => {
    const markdown = buildSynthesisMarkdown(buildDeliverable(record));
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(headings);
    record.session.rounds.forEach((round, i) => expect(markdown).toContain(`### Question ${i + 1}`));
    for (const idea of record.ideas) expect(markdown).toContain(escapeMarkdown(idea.text));
  });

  it('has no note and no name (it is meant to be forwarded)', () => {
    const markdown = buildSynthesisMarkdown(buildDeliverable(claimsCafe()));
    for (const [name] of CLAIMS_PEOPLE) expect(markdown).not.toContain(name);
  });
});
