import { describe, expect, test } from 'vitest';
import { findWords, plannedQueries, straightenQuotes, textFragment } from '../../../src/lib/search/search-query.ts';
import { claimsByPassage, passageRecord } from '../../../src/lib/search/search-records.ts';

describe('plannedQueries', () => {
  test.each([
    ['a quoted phrase is searched exactly, once', '"Deploy via cloud only"', ['"Deploy via cloud only"']],
    ['curly quotes count as quotes', '“Deploy via cloud only”', ['"Deploy via cloud only"']],
    ['a pasted sentence is tried as a phrase, then as words', 'We do not know why', ['"We do not know why"', 'We do not know why']],
    ['a short query is searched as words', 'cloud only', ['cloud only']],
    ['an empty query searches nothing', '   ', []],
  ])('%s', (_name, raw, planned) => {
    expect(plannedQueries(raw)).toEqual(planned);
  });

  test('straightens apostrophes too', () => {
    expect(straightenQuotes('don’t')).toBe("don't");
  });
});

describe('textFragment', () => {
  const passage = 'We are not providing the DoW with “guardrails off” or non‑safety‑trained models.';

  test('highlights the whole phrase as the page writes it, whatever the query’s quote marks', () => {
    expect(findWords(passage, '"guardrails off" or non-safety-trained')).toBe('guardrails off” or non‑safety‑trained');
    expect(textFragment(passage, '"guardrails off" or non-safety-trained')).toBe(':~:text=guardrails%20off%E2%80%9D%20or%20non%E2%80%91safety%E2%80%91trained');
  });

  test('falls back to each word when the words are not together', () => {
    expect(textFragment(passage, 'models DoW')).toBe(':~:text=models&text=DoW');
  });

  test('escapes the characters text fragments reserve', () => {
    expect(textFragment('red-lines, intact & kept', 'red-lines, intact & kept')).toBe(':~:text=red%2Dlines%2C%20intact%20%26%20kept');
  });

  test('gives nothing when no word is in the passage', () => {
    expect(textFragment(passage, 'Anthropic')).toBe('');
  });
});

describe('passageRecord', () => {
  const meta = { seed: '003.txt', seedSha256: 'a'.repeat(64), kind: 'report' as const, slug: 'r', title: 'A report', titleSource: 'opening-words' as const };
  const claim = { id: 'c1', verdict: 'misquote' as const, note: 'n', text: 't', passage: 'p4', prefix: '', suffix: '', speaker: 'OpenAI (blog post)', cites: [{ source: 'post', sourceTitle: 'Post', anchor: 'p42-s3', label: '¶ 42, sentence 3', text: '' }] };

  test('points at the passage anchor and carries its claims for filters and the link onward', () => {
    const record = passageRecord({ meta, id: 'p4', text: 'Words.' }, claimsByPassage([{ report: meta, claim }]), '/');
    expect(record.url).toBe('/reports/r/#p4');
    expect(record.meta['title']).toBe('¶ 4 · A report');
    expect(record.filters).toEqual({ document: ['A report'], kind: ['Report'], verdict: ['Misquote'], speaker: ['OpenAI (blog post)'] });
    expect(record.meta['claims']).toBe('misquote|Misquote|/sources/post/#p42-s3|¶ 42, sentence 3');
    expect(passageRecord({ meta, id: 'p5', text: 'Other words.' }, claimsByPassage([{ report: meta, claim }]), '/').filters).toEqual({ document: ['A report'], kind: ['Report'] });
  });
});
