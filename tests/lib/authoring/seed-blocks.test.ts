import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collapseWhitespace } from '../../../src/lib/sources/normalise.ts';
import { looksLikeHeading, parseSeed, type SeedBlock } from '../../../src/lib/authoring/seed-blocks.ts';

const read = (seed: string) => readFileSync(`seeds/${seed}`, 'utf8');
const post = parseSeed(read('002_b1635164cf9d6a8a.txt'));
const textOf = (blocks: SeedBlock[]) => blocks.flatMap((b) => (b.items ? b.items.map((i) => i.text) : [b.text])).join(' ');
const kindOf = (blocks: SeedBlock[], text: string) => blocks.find((b) => b.text === text || b.items?.some((i) => i.text === text))?.kind;

describe('parseSeed', () => {
  test.each(['000_265bca5c0a58c33e.txt', '001_03cfbc33ecc55911.txt', '002_b1635164cf9d6a8a.txt', '003_3604921ae2a8460e.txt'])(
    'keeps every word of %s, in order',
    (seed) => {
      expect(collapseWhitespace(textOf(parseSeed(read(seed))))).toBe(collapseWhitespace(read(seed)));
    },
  );

  test.each([
    ['Our agreement with the Department of War', 'title'],
    ['Our Red Lines', 'heading'],
    ['FAQ', 'heading'],
    ['1. Deployment Architecture', 'subheading'],
    ['Why are you doing this?', 'subheading'],
    ['Do you think Anthropic should be designated as a “supply chain risk”?', 'subheading'],
    ['• Deploy via cloud only.', 'list'],
    [
      '1. The U.S. military needs strong AI models to support its mission, especially given growing threats from adversaries integrating AI into their systems.',
      'list',
    ],
    ['We believe strongly in democracy.', 'paragraph'],
    ['Answer pending…', 'paragraph'],
    ['Source: OpenAI Blog', 'artefact'],
    ['0 views', 'artefact'],
    ['Read more »', 'artefact'],
  ])('reads the post line “%s” as a %s', (text, kind) => {
    expect(kindOf(post, text)).toBe(kind);
  });

  test('groups consecutive bullet lines into one list with their own line numbers', () => {
    const redLines = post.find((b) => b.kind === 'list');
    expect(redLines?.items?.map((i) => i.line)).toEqual([18, 19, 20]);
  });

  test('reads the first headline of a report as its title and later ones as headings', () => {
    const report = parseSeed(read('000_265bca5c0a58c33e.txt'));
    expect(report[0]?.kind).toBe('title');
    expect(report.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Security Safeguards: Multi-layered Mechanisms Ensure "Red Lines" are Upheld',
      'Response to Controversy: Deployment Architecture More Important Than Contract Language',
      'Altman: Agreement May Promote "Detente" Between Industry and Defense Department',
    ]);
  });

  test.each([
    ['dash bullets', '- One point.\n- Another point.'],
    ['star bullets', '* One point.\n* Another point.'],
    ['plus bullets', '+ One point.\n+ Another point.'],
    ['round bullets', '• One point.\n• Another point.'],
    ['numbers with a dot', '1. One point.\n2. Another point.'],
    ['numbers with a parenthesis', '1) One point\n2) Another point'],
    ['numbers in parentheses', '(1) One point\n(2) Another point'],
  ])('reads %s as one list whose items keep their markers', (_name, text) => {
    const blocks = parseSeed(`Some text first.\n${text}\nSome text after.`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]?.items?.map((i) => i.text)).toEqual(text.split('\n'));
  });

  test('reads a lone unpunctuated numbered line as a numbered section, not a list', () => {
    expect(parseSeed('Some text.\n2. Contract Language\nMore text.').map((b) => b.kind)).toEqual(['paragraph', 'subheading', 'paragraph']);
  });

  test.each([
    ['a source note', 'Source: The Harbor Ledger', 'artefact'],
    ['a by-line', 'By Ana Ruiz and Tom Hale', 'byline'],
    ['a date line', 'Published: March 2, 2026', 'paragraph'],
  ])('reads %s above the headline as metadata and the headline still as the title', (_name, line, kind) => {
    const blocks = parseSeed(`${line}\nPentagon Deal Puts Three Limits on Models\nThe company said so.`);
    expect(blocks.map((b) => b.kind)).toEqual([kind, 'title', 'paragraph']);
  });

  test('does not take a question in a report for an FAQ heading', () => {
    expect(parseSeed('A Headline\nWhy now? Nobody knows.\n').map((b) => b.kind)).toEqual(['title', 'paragraph']);
  });
});

describe('looksLikeHeading', () => {
  test.each([
    ['Multi‑Layered Protection', true],
    ['Additional context from Anthropic', true],
    ['OpenAI Secures Pentagon Partnership for Classified AI Deployment', true],
    ['We believe strongly in democracy.', false],
    ['Disclaimer: This is a news report based on publicly available information.', false],
    ['the company aims to de-escalate tensions', false],
  ])('“%s” → %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });
});
