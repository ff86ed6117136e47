import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collapseWhitespace } from '../../../src/lib/sources/normalise.ts';
import { looksLikeHeading, parseSeed, type SeedBlock } from '../../../src/lib/authoring/seed-blocks.ts';

const read = (seed: string) => readFileSync(`seeds/${seed}`, 'utf8');
const post = parseSeed(read('002_b1635164cf9d6a8a.txt'));
const textOf = (blocks: SeedBlock[]) => blocks.flatMap((b) => (b.items ? b.items.map((i) => i.text) : [b.text])).join(' ');
const kindOf = (blocks: SeedBlock[], text: string) => blocks.find((b) => b.text === text || b.items?.some((i) => i.text === text))?.kind;

describe('parseSeed', () => {
  test.each(['000_265bca5c0a58c33e.txt', '001_03cfbc33ecc55911.txt', '002_b1635164cf9d6a8a.txt', '003_3604921ae2a8460e.txt'])('keeps every word of %s, in order', (seed) => {
    expect(collapseWhitespace(textOf(parseSeed(read(seed))))).toBe(collapseWhitespace(read(seed)));
  });

  test.each([
    ['Our agreement with the Department of War', 'title'],
    ['Our Red Lines', 'heading'],
    ['FAQ', 'heading'],
    ['1. Deployment Architecture', 'subheading'],
    ['Why are you doing this?', 'subheading'],
    ['Do you think Anthropic should be designated as a “supply chain risk”?', 'subheading'],
    ['• Deploy via cloud only.', 'list'],
    ['1. The U.S. military needs strong AI models to support its mission, especially given growing threats from adversaries integrating AI into their systems.', 'list'],
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
