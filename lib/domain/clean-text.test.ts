import { describe, expect, it } from 'vitest';
import { cleanText, MAX_COMBINING_MARKS } from './clean-text';

const zalgo = 'Z' + '\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C'.repeat(3) + 'oë';

describe('cleanText: legitimate text survives', () => {
  it.each<[string, string, string]>([
    ['plain ASCII', 'Ana', 'Ana'],
    ['a precomposed diaeresis', 'Zoë', 'Zoë'],
    ['a decomposed diaeresis becomes NFC', 'Zoe\u0308', 'Zoë'],
    ['Vietnamese with stacked tone marks (decomposed)', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['Vietnamese precomposed', 'Nguyễn Thị Minh Khai', 'Nguyễn Thị Minh Khai'],
    ['Arabic', 'محمد عبد الله', 'محمد عبد الله'],
    ['Arabic with harakat', 'مُحَمَّد', 'مُحَمَّد'.normalize('NFC')],
    ['Hebrew with points', 'שָׁלוֹם', 'שָׁלוֹם'.normalize('NFC')],
    ['Persian with a zero-width non-joiner between letters', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['Devanagari conjunct', 'क्षत्रिय', 'क्षत्रिय'],
    ['Tibetan stack', 'སྒྲུབ', 'སྒྲུབ'],
    ['Chinese', '王小明', '王小明'],
    ['an emoji ZWJ sequence', 'Dev 👩\u200D💻', 'Dev 👩\u200D💻'],
    ['a family emoji', '👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
    ['an emoji with a skin tone and ZWJ', '👩🏽\u200D🚀', '👩🏽\u200D🚀'],
    ['a heart with its emoji presentation selector inside a ZWJ sequence', '👩\u200D❤️\u200D👨', '👩\u200D❤️\u200D👨'],
    ['a keycap', '1️⃣', '1️⃣'],
    ['apostrophes and hyphens', "Jean-Marc O'Neil", "Jean-Marc O'Neil"],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('cleanText: what cannot be seen is removed', () => {
  it.each<[string, string, string]>([
    ['spaces around are trimmed', '  Ana  ', 'Ana'],
    ['runs of spaces become one', 'Ana    Bé', 'Ana Bé'],
    ['a zero-width space', 'An\u200Ba', 'Ana'],
    ['a zero-width joiner between Latin letters is kept (letters may join)', 'a\u200Db', 'a\u200Db'],
    ['a leading zero-width joiner', '\u200DAna', 'Ana'],
    ['a trailing zero-width non-joiner', 'Ana\u200C', 'Ana'],
    ['a run of joiners between emoji becomes one', '👩\u200D\u200D\u200D💻', '👩\u200D💻'],
    ['a joiner next to a space', 'Ana \u200D Bé', 'Ana Bé'],
    ['a word joiner', 'A\u2060na', 'Ana'],
    ['a byte order mark', '\uFEFFAna', 'Ana'],
    ['a soft hyphen', 'An\u00ADa', 'Ana'],
    ['a right-to-left override (reversed text)', 'evil\u202Etxt.exe', 'eviltxt.exe'],
    ['embeddings and the pop', '\u202AAna\u202C', 'Ana'],
    ['isolates', '\u2066Ana\u2069 \u2067Bé\u2069 \u2068C\u2069', 'Ana Bé C'],
    ['left-to-right and right-to-left marks', '\u200EAna\u200F', 'Ana'],
    ['the Arabic letter mark', '\u061Cمحمد', 'محمد'],
    ['control characters', 'A\u0000n\u0007a\u001B[31m', 'Ana[31m'],
    ['DEL and C1 controls', 'A\u007Fn\u009Ba', 'Ana'],
    ['a tab is a space', 'Ana\tBé', 'Ana Bé'],
    ['a line break in a one-line field is a space', 'Ana\nBé\r\nC', 'Ana Bé C'],
    ['no-break and ideographic spaces are spaces', 'Ana\u00A0Bé\u3000C', 'Ana Bé C'],
    ['Hangul fillers (an "empty" name)', '\u3164\u115F\u1160Ana\uFFA0', 'Ana'],
    ['a stray variation selector at the start', '\uFE0FAna', 'Ana'],
    ['a run of variation selectors', '❤\uFE0F\uFE0F\uFE0F', '❤\uFE0F'],
    ['tag characters (a subdivision flag degrades to the black flag)', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '🏴'],
    ['combining marks with no base', '\u0301\u0302Ana', 'Ana'],
    ['combining marks after a space', 'Ana \u0301\u0301Bé', 'Ana Bé'],
    ['a combining grapheme joiner', 'A\u034Fna', 'Ana'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('cleanText: stacks of combining marks are cut', () => {
  it.each<[string, string, string]>([
    // NFC first folds Z + acute into Ź; four of the marks left are kept.
    ['Zalgo keeps at most MAX_COMBINING_MARKS marks per letter', zalgo, '\u0179\u0302\u0303\u0304\u0305oë'],
    ['exactly the limit is kept', 'a\u0301\u0302\u0303\u0304', 'a\u0301\u0302\u0303\u0304'.normalize('NFC')],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('never leaves more than MAX_COMBINING_MARKS marks in a row', () => {
    expect(cleanText(zalgo)).not.toMatch(new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1}}`, 'u'));
  });
});

describe('cleanText: nothing visible left is blank', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['spaces', '   '],
    ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['bidi controls only', '\u202E\u2066\u2069'],
    ['Hangul fillers only', '\u3164\u3164'],
    ['the blank Braille pattern', '\u2800\u2800'],
    ['combining marks only', '\u0301\u0302\u0303'],
    ['controls and line breaks only', '\u0000\n\r\t'],
  ])('%s', (_name, input) => {
    expect(cleanText(input)).toBe('');
    expect(cleanText(input, { multiline: true })).toBe('');
  });
});

describe('cleanText: multi-line fields keep their line breaks', () => {
  it.each<[string, string, string]>([
    ['a line break is kept', 'first\nsecond', 'first\nsecond'],
    ['Windows and old Mac line endings', 'first\r\nsecond\rthird', 'first\nsecond\nthird'],
    ['line and paragraph separators', 'first\u2028second\u2029third', 'first\nsecond\nthird'],
    ['more than one empty line becomes one', 'first\n\n\n\n\nsecond', 'first\n\nsecond'],
    ['spaces at the ends of lines are trimmed', '  first  \n  second  ', 'first\nsecond'],
    ['blank lines around are trimmed', '\n\nfirst\n\n', 'first'],
    ['invisible characters are removed on every line', 'fi\u200Brst\n\u202Esecond', 'first\nsecond'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input, { multiline: true })).toBe(expected);
  });
});
