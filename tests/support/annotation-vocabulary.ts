/**
 * Expanding the site's Web Annotations as a JSON-LD processor does, offline:
 * the W3C context's URL is answered with tests/fixtures/jsonld/anno-context-older.json
 * (a copy without `assessing`, like older ones), and any other URL is refused.
 * Safe mode makes the processor throw where it would otherwise drop a key or
 * keep a relative IRI without a word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { ANNOTATION_CONTEXT_URL } from '../../src/lib/citation/web-annotations.ts';

const OFFLINE_CONTEXT = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/jsonld/anno-context-older.json'), 'utf8')) as object;

/** The namespaces of the vocabularies the W3C Web Annotation context maps its terms to, and XML Schema's datatypes. */
export const W3C_VOCABULARIES = [
  'http://www.w3.org/ns/oa#',
  'http://www.w3.org/ns/activitystreams#',
  'http://purl.org/dc/terms/',
  'http://purl.org/dc/elements/1.1/',
  'http://xmlns.com/foaf/0.1/',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.w3.org/2000/01/rdf-schema#',
  'http://www.w3.org/2001/XMLSchema#',
];

/** Predicates whose values are vocabulary terms (the context types them `@vocab`). */
const TERM_VALUED = new Set(['http://www.w3.org/ns/oa#motivatedBy', 'http://www.w3.org/ns/oa#hasPurpose']);

const documentLoader = async (url: string) => {
  if (url !== ANNOTATION_CONTEXT_URL) throw new Error(`Offline test: no copy of \`${url}\``);
  return { contextUrl: undefined, document: OFFLINE_CONTEXT, documentUrl: url };
};

type SafeModeError = Error & { details?: { event?: { code?: string; details?: unknown } } };

/** The expanded form of a JSON-LD document; throws, naming the event and the key, on any dropped key or relative IRI. */
export async function expandOffline(document: object): Promise<unknown[]> {
  try {
    return (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand)) as unknown[];
  } catch (error) {
    const event = (error as SafeModeError).details?.event;
    throw new Error(`JSON-LD expansion: ${event?.code ?? (error as Error).message} ${JSON.stringify(event?.details ?? {})}`, { cause: error });
  }
}

/** Every property, type and term value in an expanded document, each once. */
export function vocabularyIris(expanded: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown, predicate?: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, predicate));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') for (const type of [value].flat() as string[]) found.add(type);
      else if (key === '@id' && predicate && TERM_VALUED.has(predicate)) found.add(value as string);
      else if (!key.startsWith('@')) found.add(key);
      visit(value, key.startsWith('@') ? predicate : key);
    }
  };
  visit(expanded);
  return found;
}

/** The IRIs of a set that lie outside the W3C vocabularies. */
export function outsideW3c(iris: Iterable<string>): string[] {
  return [...iris].filter((iri) => !W3C_VOCABULARIES.some((namespace) => iri.startsWith(namespace))).sort();
}
