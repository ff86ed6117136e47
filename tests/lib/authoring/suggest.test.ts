import { describe, expect, test } from 'vitest';
import { draftClaims, type SuggestionPool } from '../../../src/lib/authoring/suggest.ts';
import { draftReport } from '../../../src/lib/authoring/draft-report.ts';
import { blockKinds } from '../../../src/lib/authoring/mdx-structure.ts';
import { passageRanker, type CandidatePassage } from '../../../src/lib/authoring/passage-ranker.ts';
import type { SourceText } from '../../../src/lib/claims/locate-quote.ts';

const passages = [
  { anchor: 'p9', text: 'We have three main red lines that guide our work with the DoW:', sentences: [] },
  { anchor: 'p10', text: '• No use of OpenAI technology for mass domestic surveillance.', sentences: [] },
  { anchor: 'p16', text: '• Retain full discretion over our safety stack.', sentences: [] },
  { anchor: 'p17', text: '• Deploy via cloud only.', sentences: [] },
  { anchor: 'p18', text: '• Keep cleared OpenAI personnel in the loop.', sentences: [] },
  { anchor: 'p45', text: 'Will this deal enable the Department of War to use OpenAI models to power autonomous weapons?', sentences: [] },
  {
    anchor: 'p42',
    text: 'Our red lines are more enforceable because deployment is limited to cloud-only. We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.',
    sentences: [
      { anchor: 'p42-s1', text: 'Our red lines are more enforceable because deployment is limited to cloud-only. ' },
      { anchor: 'p42-s2', text: 'We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.' },
    ],
  },
  {
    anchor: 'p54',
    text: 'As with any contract, we could terminate it if the counter-party violates the terms. We don’t expect that to happen.',
    sentences: [],
  },
];
const sources: SourceText[] = [{ source: 'post', passages }];
// The FAQ question is a heading: context for what follows, never a suggestion of its own.
const candidates: CandidatePassage[] = passages.filter((p) => p.anchor !== 'p45').map((p) => ({ source: 'post', ...p }));
// The red lines taken whole: the lead-in and its item, as the pool offers a list.
candidates.push({ source: 'post', anchor: 'p9', text: `${passages[0]?.text} ${passages[1]?.text}`, sentences: [], cites: ['p9', 'p10'] });
const pool: SuggestionPool = { sources, ranker: passageRanker(candidates) };
const draft = (text: string, heading = false) => draftClaims({ text, heading }, pool);

describe('draftClaims', () => {
  test('drafts each of two quotations in one sentence on its own, both verbatim', () => {
    const drafts = draft('It will “deploy via cloud only” and “keep cleared OpenAI personnel in the loop”, the post says.');
    expect(drafts.map((d) => [d.words, d.verdict, d.cites])).toEqual([
      ['“deploy via cloud only”', 'verbatim', ['p17']],
      ['“keep cleared OpenAI personnel in the loop”', 'verbatim', ['p18']],
    ]);
  });

  test('drafts a short quotation the post holds word for word beside a longer one with a word changed', () => {
    const drafts = draft('The models would be deployed "via cloud only" and it would "keep cleared OpenAI staff in the loop."');
    expect(drafts.map((d) => [d.words, d.verdict, d.cites])).toEqual([
      ['"via cloud only"', 'verbatim', ['p17']],
      ['"keep cleared OpenAI staff in the loop."', 'misquote', ['p18']],
    ]);
  });

  test('drafts misquote for changed words, pinned to the sentence they distort', () => {
    const [quote] = draft('“We don’t know why Anthropic could not reach this deal, and we hope that they and more labs will consider it,” the post added.');
    expect(quote).toMatchObject({ verdict: 'misquote', cites: ['p42-s2'] });
  });

  test('drafts not-in-post for another speaker’s quotation and matches it to no passage', () => {
    const [quote] = draft('“Nobody outside the building can check any of this,” a critic said.');
    expect(quote).toMatchObject({ verdict: 'not-in-post', cites: [] });
  });

  test('offers the best passage, with no verdict, for a paraphrase', () => {
    const [paraphrase] = draft('OpenAI says it could terminate the contract if the other side violates its terms.');
    expect(paraphrase).toMatchObject({ cites: ['p54'] });
    expect(paraphrase?.verdict).toBeUndefined();
  });

  test('says not-in-post, on an absolute score, when no passage fits a claim about the deal', () => {
    const [claim] = draft('The deal is worth two hundred million dollars over five years, OpenAI said.');
    expect(claim).toMatchObject({ verdict: 'not-in-post', cites: [] });
  });

  test('drafts not-in-post for a claim that the post leaves something unsaid, though a passage shares its words', () => {
    const [claim] = draft('The company did not say how many cleared personnel stay in the loop.');
    expect(claim).toMatchObject({ verdict: 'not-in-post', cites: [] });
    expect(claim?.offered[0]?.anchor).toBe('p18');
  });

  test('matches a sentence on what the post is said to say, not on a clause another speaker adds', () => {
    const [claim] = draft('OpenAI says it will deploy via the cloud only, which analysts said would favour owners of large data centres.');
    expect(claim).toMatchObject({ cites: ['p17'] });
    expect(claim?.verdict).toBeUndefined();
  });

  test.each([
    ['a heading', 'Red Lines and the Cloud', true],
    ['a caption', 'Photo: Servers in a data centre.', false],
    ['advice to the reader', 'Sign up for our newsletter on technology.', false],
    ['a credit line', '(Reporting by Ana Ruiz; editing by Tom Hale)', false],
    ['a question put to an interviewee', 'Will the red lines hold in the cloud?', false],
    ['background that names neither OpenAI nor the deal', 'Shares of chip makers rose on Monday.', false],
    ['a line saying who did not answer the reporter', 'OpenAI did not respond to a request for comment.', false],
  ])('makes no draft for %s', (_name, text, heading) => {
    expect(draft(text, heading)).toEqual([]);
  });

  test('is not pulled towards an FAQ question by generic words such as “Department of War”', () => {
    // Even were the question a candidate, words naming the parties alone make no fit.
    const withQuestion: SuggestionPool = { sources, ranker: passageRanker(passages.map((p) => ({ source: 'post', ...p }))) };
    const [claim] = draftClaims({ text: 'The Department of War will use OpenAI models, the company said.', heading: false }, withQuestion);
    expect(claim).toMatchObject({ verdict: 'not-in-post', cites: [] });
    expect(claim?.offered.every((o) => o.fit === 0)).toBe(true);
  });

  test('wraps a list item’s words without its bullet', () => {
    const [item] = draft('- No use of its technology for mass domestic surveillance.');
    expect(item?.words).toBe('No use of its technology for mass domestic surveillance.');
    expect(item?.cites).toEqual(['p10']);
  });

  test('offers at most three passages, best first', () => {
    for (const d of draft('Our red lines are enforceable because deployment is cloud-only, and personnel stay in the loop with a safety stack.')) {
      expect(d.offered.length).toBeLessThanOrEqual(3);
      expect(d.offered.map((o) => o.score)).toEqual([...d.offered.map((o) => o.score)].sort((a, b) => b - a));
    }
  });
});

describe('draftReport', () => {
  const report = (lines: string[]) => {
    const body = lines.join('\n\n');
    const kinds = blockKinds(body);
    let line = 1;
    const passages = lines.map((text, i) => {
      const place = { line, column: 1 };
      line += text.split('\n').length + 1;
      return { id: `p${i + 1}`, text: text.replace(/^- /, ''), artefact: false, place };
    });
    return draftReport(passages, kinds, pool);
  };

  test('reads a lead-in that names its subject with the list it opens, and cites the list', () => {
    const [lead] = report(['The company set out where it draws the line:', '- Nothing for mass domestic surveillance.']);
    expect(lead?.drafts[0]).toMatchObject({ words: 'The company set out where it draws the line:', cites: ['p9', 'p10'] });
  });

  test('makes no draft for a lead-in that names no subject', () => {
    const [lead] = report(['Here is what stood out:', '- Nothing for mass domestic surveillance.']);
    expect(lead?.drafts).toEqual([]);
  });

  test('takes Anthropic, the post’s other subject, as making a claim even where no passage fits', () => {
    const [sentence] = report(['Anthropic was named a danger to national security on Friday.']);
    expect(sentence?.drafts[0]).toMatchObject({ verdict: 'not-in-post' });
  });
});
