/**
 * A Shiki transformer that lets every line be tokenized to its end. Shiki stops colouring a line after
 * 500 ms by default and prints the rest in one plain colour; on a loaded build machine that made the same
 * code example come out in different colours from one build to the next. Astro's `<Code>` passes no time
 * limit through, but a transformer's `preprocess` receives the very options the tokenizer reads next.
 */
import type { ShikiTransformer } from 'shiki';

/** Turns off Shiki's per-line time limit, so a page's colours depend on its code and never on the clock. */
export default function shikiNoTimeLimit(): ShikiTransformer {
  return {
    name: 'red-lines:no-time-limit',
    preprocess(_code, options) {
      // Zero is the tokenizer's own "no limit".
      options.tokenizeTimeLimit = 0;
    },
  };
}
