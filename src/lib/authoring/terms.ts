/**
 * The words a sentence and a passage are compared by: normalised, lower
 * case, stop words and reporting verbs dropped, Porter stems, and a short
 * list of synonyms reporters use for the post's own words. Generic words
 * that name the parties and the deal itself count for little, so that a
 * sentence naming "the Department of War" is not drawn to every passage
 * (or FAQ question) that names it too.
 */
import { stemmer } from 'stemmer';
import { normaliseText } from '../sources/normalise.ts';

const STOP_WORDS = new Set(
  (
    'a an the and or nor but if then so of to in on at by for with from into onto over under about as than that this these those it its itself is are was were be been being ' +
    'has have had do does did will would shall should can could may might must not no yes also only even just very more most much many such own another ' +
    'any all each every some both either neither which who whom whose what when where why how there here their they them we our us you your he she his her him i me my ' +
    // Opinion verbs and dates: a report's framing and timing, never what the post said.
    'believe believes think thinks want wants wanted let lets far work works worked ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week weeks hours hour month months year years ' +
    'first second new now still yet while whether though although because since until after before up out off again further once ' +
    // Reporting verbs and attributions: how a report speaks, not what it claims.
    'said says say saying wrote writes write written told tells added adds stated states according noted notes argued argues argue claims claimed ' +
    'announced announces insisted insists promised promises admitted admits explained explains described describes ' +
    // How a report frames the post ("OpenAI defended its deal…", "The post outlines…"): the post's own words are what follow.
    'defended defends touted touts stressed stresses emphasized emphasised emphasizes emphasises acknowledged acknowledges conceded concedes ' +
    'maintained maintains asserted asserts highlighted highlights outlined outlines published publishes detailing'
  ).split(/\s+/),
);

/** Words reporters use for the post's words, mapped onto them before stemming. */
const SYNONYMS: Record<string, string> = {
  staff: 'personnel',
  employees: 'personnel',
  workers: 'personnel',
  monitor: 'surveillance',
  monitoring: 'surveillance',
  spying: 'surveillance',
  spy: 'surveillance',
  surveil: 'surveillance',
  snooping: 'surveillance',
  legal: 'lawful',
  legally: 'lawful',
  end: 'terminate',
  ends: 'terminate',
  ending: 'terminate',
  cancel: 'terminate',
  cancels: 'terminate',
  exit: 'terminate',
  scrap: 'terminate',
  clearance: 'cleared',
  clearances: 'cleared',
  americans: 'persons',
  citizens: 'persons',
  residents: 'persons',
  guardrails: 'safeguards',
  guardrail: 'safeguards',
  // The post itself calls the same measures protections, safeguards and guardrails.
  protections: 'safeguards',
  protection: 'safeguards',
  agreed: 'agreement',
  agrees: 'agreement',
  agree: 'agreement',
  settings: 'environments',
  setting: 'environments',
  networks: 'environments',
  network: 'environments',
  earlier: 'previous',
  prior: 'previous',
  later: 'future',
  deployed: 'deploy',
  deploys: 'deploy',
  deploying: 'deploy',
  deployment: 'deploy',
  deployments: 'deploy',
};

/** Words that name the parties or the deal: present in most sentences on both sides, so they say little about which passage is meant. */
export const GENERIC_STEMS = new Set([
  'openai',
  'depart',
  'war',
  'defens',
  'defenc',
  'pentagon',
  'dow',
  'dod',
  'militari',
  'govern',
  'agreement',
  'deal',
  'contract',
  'compani',
  'ai',
  'post',
  'blog',
  'model',
  'system',
  'technolog',
  'us',
  'u',
]);

/** The weight a generic word keeps, against 1 for any other. */
export const GENERIC_WEIGHT = 0.2;

/** The comparable terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return (
    normaliseText(text)
      .toLowerCase()
      .replace(/\bartificial intelligence\b/g, 'ai')
      // "Verify on its own" is how reporters put the post's "independently verify".
      .replace(/\bon (?:its|their|our) own\b/g, 'independently')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
      .map((word) => stemmer(SYNONYMS[word] ?? word))
  );
}
