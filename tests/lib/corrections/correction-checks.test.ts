import { describe, expect, test } from 'vitest';
import { checkCorrections, fieldValue, readCorrections, type ClaimLookup } from '../../../src/lib/corrections/correction-checks.ts';
import { correctionId } from '../../../src/lib/corrections/correction.ts';
import { CLAIMS } from '../../fixtures/citation/claims.ts';

const FILE = 'content/corrections.yaml';
const REPORT = 'a-report';
/** The fixture's claims are published; `c77` is written on the page but fails its own checks. */
const claimOf = (report: string, id: string): ClaimLookup => {
  const claim = report === REPORT ? CLAIMS.find((c) => c.id === id) : undefined;
  if (report === REPORT && id === 'c77') return 'unchecked';
  return claim ? { claim, title: 'A report' } : undefined;
};
const entry = (fields: Record<string, string>) =>
  `- ${Object.entries({
    date: '2026-03-05',
    report: REPORT,
    claim: 'c4',
    field: 'verdict',
    was: 'verbatim',
    why: 'A second capture words it differently.',
    ...fields,
  })
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n  ')}\n`;
const messages = (text: string) => {
  const read = readCorrections(FILE, text);
  const checked = checkCorrections(FILE, read.corrections, claimOf);
  return [...read.errors, ...checked.errors].map((e) => `${e.message} [${e.rule}]`);
};

describe('readCorrections and checkCorrections', () => {
  test('hold back, without an error of their own, the corrections of a claim that fails its own checks', () => {
    const read = readCorrections(FILE, entry({ claim: 'c77' }));
    expect(checkCorrections(FILE, read.corrections, claimOf)).toEqual({ corrections: [], errors: [] });
  });

  test('accept a good entry, giving the value the claim has now, and an empty file as no corrections', () => {
    const read = readCorrections(FILE, entry({}));
    const { corrections, errors } = checkCorrections(FILE, read.corrections, claimOf);
    expect(errors).toEqual([]);
    expect(corrections).toMatchObject([{ claim: 'c4', field: 'verdict', was: 'verbatim', became: 'misquote', line: 1, reportTitle: 'A report' }]);
    expect(readCorrections(FILE, '')).toEqual({ corrections: [], errors: [] });
    expect(readCorrections(FILE, '# none yet\n')).toEqual({ corrections: [], errors: [] });
  });

  test.each([
    [
      'an unknown claim',
      entry({ claim: 'c99' }),
      'content/corrections.yaml:1: Correction of unknown claim `c99` of report `a-report`. Name a published claim by its report slug and claim id; claim ids never change. [corrections:unknown-claim]',
    ],
    [
      'an unknown report',
      entry({ report: 'no-such-report' }),
      'content/corrections.yaml:1: Correction of unknown claim `c4` of report `no-such-report`. Name a published claim by its report slug and claim id; claim ids never change. [corrections:unknown-claim]',
    ],
    [
      'no change',
      entry({ was: 'misquote' }),
      'content/corrections.yaml:1: Correction of `c4` records no change: its verdict is still what `was` says. Change the claim on its page, or remove this entry. [corrections:no-change]',
    ],
    [
      'no change in cites, spacing aside',
      entry({ field: 'cites', was: ' p16 ' }),
      'content/corrections.yaml:1: Correction of `c4` records no change: its cites is still what `was` says. Change the claim on its page, or remove this entry. [corrections:no-change]',
    ],
    [
      'a bad date',
      entry({ date: '2026-02-30' }),
      'content/corrections.yaml:1: Invalid correction field `date`: a calendar date written `YYYY-MM-DD`. Correct the entry (see README, "Corrections"). [corrections:invalid]',
    ],
    [
      'a bad field',
      entry({ field: 'speaker' }),
      'content/corrections.yaml:1: Invalid correction field `field`: Invalid option: expected one of "verdict"|"note"|"cites"|"words". Correct the entry (see README, "Corrections"). [corrections:invalid]',
    ],
    [
      'an unexpected key',
      entry({ by: 'an editor' }),
      'content/corrections.yaml:1: Unexpected correction field `by`, expected date, report, claim, field, was and why. Correct the entry (see README, "Corrections"). [corrections:invalid]',
    ],
    [
      'not a list',
      'date: 2026-03-05\n',
      'content/corrections.yaml:1: The corrections file is not a YAML list of corrections. Write one `- date: …` entry per changed field (see README, "Corrections"). [corrections:invalid]',
    ],
    [
      'an item that is not a mapping',
      '- just words\n',
      'content/corrections.yaml:1: A correction is not a mapping of fields. Correct the entry (see README, "Corrections"). [corrections:invalid]',
    ],
    [
      'the same change twice',
      entry({}) + entry({ why: 'Again.' }),
      'content/corrections.yaml:7: A second correction of the verdict of `c4` on 2026-03-05. Merge the two entries into one. [corrections:duplicate]',
    ],
  ])('stop at %s, at its line, with the fix', (_name, text, expected) => {
    expect(messages(text)).toEqual([expected]);
  });

  test('point at the line of the bad entry, not the file’s first', () => {
    expect(messages(entry({}) + entry({ claim: 'c99' }))[0]).toMatch(/^content\/corrections\.yaml:7: /);
  });

  test('give an older correction of a field changed twice the value that followed it, not today’s', () => {
    const text = entry({ date: '2026-03-01', was: 'accurate' }) + entry({ date: '2026-03-09', was: 'verbatim' });
    const { corrections, errors } = checkCorrections(FILE, readCorrections(FILE, text).corrections, claimOf);
    expect(errors).toEqual([]);
    expect(corrections.map((c) => [c.date, c.was, c.became])).toEqual([
      ['2026-03-09', 'verbatim', 'misquote'],
      ['2026-03-01', 'accurate', 'verbatim'],
    ]);
    expect(messages(entry({ date: '2026-03-01', was: 'verbatim' }) + entry({ date: '2026-03-09', was: 'verbatim' }))).toEqual([
      'content/corrections.yaml:1: Correction of `c4` records no change: the next correction of its verdict starts from what `was` says. Change the claim on its page, or remove this entry. [corrections:no-change]',
    ]);
  });

  test('list newest first, then by report and claim number', () => {
    const text =
      entry({ claim: 'c2', field: 'note', was: 'Old.', date: '2026-03-01' }) + entry({ claim: 'c3', field: 'note', was: 'Old.' }) + entry({ claim: 'c4' });
    const read = readCorrections(FILE, text);
    expect(checkCorrections(FILE, read.corrections, claimOf).corrections.map(correctionId)).toEqual([
      'a-report-c3-note-2026-03-05',
      'a-report-c4-verdict-2026-03-05',
      'a-report-c2-note-2026-03-01',
    ]);
  });
});

describe('fieldValue', () => {
  test('writes cites as the page’s attribute does, another source’s with its slug', () => {
    const claim = { ...CLAIMS[2]!, cites: [...CLAIMS[2]!.cites, { ...CLAIMS[2]!.cites[0]!, isDefault: false, source: 'other-source', anchor: 'p3' }] };
    expect(fieldValue(claim, 'cites')).toBe('p9 p10 other-source#p3');
    expect(fieldValue(claim, 'verdict')).toBe('partial');
  });

  test('gives the words a claim marks as its text', () => {
    expect(fieldValue(CLAIMS[2]!, 'words')).toBe(CLAIMS[2]!.text);
  });
});
