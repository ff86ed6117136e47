import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignCapture, CONTEXT_MIN, FUZZY_MIN } from '../../../src/lib/captures/align-capture.ts';
import { capturePassages } from '../../../src/lib/captures/capture-passages.ts';
import { INSERTED, POST_SEED, proseCapture, revisedCapture, REVISION_SECTION, REWORDED_20 } from '../../support/test-captures.ts';

const post = readFileSync(POST_SEED, 'utf8');
const reading = capturePassages(post).map((p, i) => ({ id: `p${i + 1}`, text: p.text }));
const align = (text: string) => alignCapture(reading, capturePassages(text));
const find = (text: string, passages: ReturnType<typeof align>['passages']) => passages.find((p) => p.passage.text === text);

describe('alignCapture', () => {
  test('aligns the reading text with itself word for word, passage for passage', () => {
    const { passages, absent } = align(post);
    expect(passages.map((p) => p.anchors)).toEqual(reading.map((p) => [p.id]));
    expect(new Set(passages.map((p) => p.kind))).toEqual(new Set(['exact']));
    expect(absent).toEqual([]);
  });

  test('maps the introduction and four bullets rewritten as one sentence to the span ¶ 15–19', () => {
    const prose = align(proseCapture()).passages.find((p) => p.kind === 'span');
    expect(prose?.anchors).toEqual(['p15', 'p16', 'p17', 'p18', 'p19']);
    expect(prose?.score).toBeGreaterThan(FUZZY_MIN);
  });

  test('finds a reworded passage by fuzzy matching, less alike than an exact one', () => {
    const reworded = find(REWORDED_20, align(proseCapture()).passages);
    expect(reworded).toMatchObject({ anchors: ['p20'], kind: 'fuzzy' });
    expect(reworded?.score).toBeLessThan(1);
  });

  test('marks an inserted passage as new and a removed one as absent', () => {
    const { passages, absent } = align(proseCapture());
    expect(find(INSERTED, passages)).toMatchObject({ anchors: [], kind: 'new' });
    // The prose copy drops the headings “Our Red Lines” (¶ 8) and “Multi‑Layered Protection” (¶ 14).
    expect(absent).toEqual(['p8', 'p14']);
  });

  test('marks the section a revision adds as new, and keeps every other passage', () => {
    const { passages, absent } = align(revisedCapture());
    expect(passages.filter((p) => p.kind === 'new').map((p) => p.passage.text)).toEqual(REVISION_SECTION);
    expect(absent).toEqual([]);
  });

  test.each([
    ['its aligned neighbour before it', ['Start.', 'Why?', 'Yes.', 'Why?'], ['Start.', 'Why?'], 'p2'],
    ['its aligned neighbour after it', ['Why?', 'Yes.', 'Why?', 'End.'], ['Why?', 'End.'], 'p3'],
  ])('tells a repeated passage apart by %s (its context)', (_, readingTexts, captureTexts, expected) => {
    const repeated = readingTexts.map((text, i) => ({ id: `p${i + 1}`, text }));
    const capture = captureTexts.map((text, i) => ({ text, line: i + 1, artefact: false }));
    const why = alignCapture(repeated, capture).passages.find((p) => p.passage.text === 'Why?');
    expect(why).toMatchObject({ anchors: [expected], kind: 'context' });
  });

  test('takes a passage alone between aligned neighbours at a lower bar than one among many', () => {
    const texts = [
      { id: 'p1', text: 'Opening words here.' },
      { id: 'p2', text: 'The contract covers cloud deployment today.' },
      { id: 'p3', text: 'Closing words here.' },
    ];
    const capture = ['Opening words here.', 'Cloud deployment is what the deal says.', 'Closing words here.'].map((text, i) => ({
      text,
      line: i + 1,
      artefact: false,
    }));
    const middle = alignCapture(texts, capture).passages[1];
    expect(middle?.kind).toBe('context');
    expect(middle?.score).toBeGreaterThanOrEqual(CONTEXT_MIN);
    expect(middle?.score).toBeLessThan(FUZZY_MIN);
  });

  test('finds nothing in a text that is not a copy of the source', () => {
    const other = ['An unrelated statement about weather.', 'Rain is expected later.'].map((text, i) => ({ text, line: i + 1, artefact: false }));
    const { passages, absent } = alignCapture(reading, other);
    expect(passages.every((p) => p.kind === 'new')).toBe(true);
    expect(absent).toHaveLength(reading.length);
  });
});
