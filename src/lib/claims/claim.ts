/**
 * A claim: words of a report, wrapped in `<Claim>` in its MDX page, with a
 * verdict on how the primary source supports them. These are the shapes a
 * claim takes from the page, through the checks, to the reader.
 */
import type { Place } from '../corpus/content-error.ts';
import type { Verdict } from './verdicts.ts';
import type { DiffPart } from './word-diff.ts';

/** A claim as written: the `<Claim>` attributes, the words it wraps, and where. */
export interface ClaimInput {
  attributes: Record<string, string>;
  /** Attributes written without a quoted value (`cites={x}`, a bare `verdict`), which the build cannot read. */
  unquoted?: string[];
  text: string;
  /** The report passage the claim sits in. */
  passage: string;
  prefix: string;
  suffix: string;
  place: Place;
}

/** A passage of a primary source that a claim cites. */
export interface CitedPassage {
  source: string;
  sourceTitle: string;
  /** Whether this is the default primary source, which readers know as “the post”. */
  isDefault?: boolean;
  anchor: string;
  label: string;
  text: string;
  /**
   * The anchor's words in the capture a quotation was checked against, when that is not the reading text and words
   * them otherwise; `anchor` and `where` (“¶ 15–19”) name the capture passage the words are, unless a sentence kept as it is.
   */
  captured?: { id: string; label: string; text: string; anchor: string; where: string };
}

/** The quotation check of a `verbatim` or `misquote` claim. */
export interface QuoteCheck {
  quoted: string;
  matched: string;
  diff: DiffPart[];
  /** The capture the quotation matches word for word, or else the closest one. */
  capture?: { id: string; label: string; reading: boolean };
}

/** A claim that passed its checks, with everything a reader is shown. */
export interface CheckedClaim {
  id: string;
  verdict: Verdict;
  note: string;
  text: string;
  passage: string;
  prefix: string;
  suffix: string;
  cites: CitedPassage[];
  speaker?: string;
  remark?: string;
  /** When the claim was added to a report reviewed before it: its own review date, which its open data gives. */
  reviewed?: string;
  quote?: QuoteCheck;
}

/** The primary sources' anchors and their words, for resolving cites. */
export interface SourceIndex {
  /** The source a bare anchor like `p12` refers to. */
  defaultSource: string;
  /** Each source's reading capture, which its anchors' words come from. */
  readingCaptures?: Record<string, { id: string; label: string }>;
  sources: Record<string, { title: string; anchors: Record<string, string>; captures?: CaptureWords[] }>;
}

/** A capture of a source other than its reading text: its words under each anchor it has. */
export interface CaptureWords {
  id: string;
  label: string;
  anchors: Record<string, string>;
  /** For an anchor whose words are a whole capture passage (not a sentence kept as it is), that passage's key: `p16`, or `p15..p19`. */
  keys?: Record<string, string>;
}

/** How many characters of context a claim's prefix and suffix keep, as in a W3C TextQuoteSelector. */
export const CONTEXT_LENGTH = 32;
