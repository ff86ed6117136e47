/**
 * The readers people put the site's citation files through, each reduced to
 * the same few fields, so a test can ask whether title, authors, date,
 * container, URL and note come back exactly as the CSL-JSON states them.
 * BibTeX: Better BibTeX's parser and pandoc. RIS: astrocite-ris and
 * biblatex-csl-converter. CSL-JSON: citeproc-js and pandoc's citeproc, both
 * through tests/fixtures/csl/fields.csl, which prints each variable as read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { parse as parseAstrocite } from 'astrocite-ris';
import { parseRIS } from 'biblatex-csl-converter';
import { cslDateText } from '../../src/lib/citation/csl-dates.ts';
import type { CslItem } from '../../src/lib/citation/csl-item.ts';
import { invertedName, type CslName } from '../../src/lib/citation/csl-names.ts';
import { runPandoc } from './pandoc.ts';

/** The fields every reader is checked on. */
export interface ReadFields {
  title: string | undefined;
  authors: string[];
  date: string | undefined;
  container: string | undefined;
  url: string | undefined;
  note: string | undefined;
}

const FIELDS_CSL = join(import.meta.dirname, '../fixtures/csl/fields.csl');

/** What every reader should find: the CSL-JSON item's own values. */
export function expectedFields(item: CslItem): ReadFields {
  return {
    title: item.title,
    authors: (item.author ?? []).map(invertedName),
    date: item.issued && cslDateText(item.issued),
    container: item['container-title'],
    url: item.URL,
    note: item.note,
  };
}

type CslLike = Record<string, unknown> & { author?: CslName[]; issued?: { 'date-parts': Array<Array<string | number>> } };

/** The fields of a CSL-JSON record as a reader produced it (dates may come as strings). */
export function fieldsOfCsl(record: CslLike): ReadFields {
  const parts = record.issued?.['date-parts'][0]?.map(Number);
  return {
    title: record['title'] as string | undefined,
    authors: (record.author ?? []).map(invertedName),
    date: parts && cslDateText({ 'date-parts': [parts] }),
    container: record['container-title'] as string | undefined,
    url: record['URL'] as string | undefined,
    note: record['note'] as string | undefined,
  };
}

/** RIS dates as `2026/02/28/` → `2026-02-28`. */
function risDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parts = value.split('/').filter(Boolean).map(Number);
  return cslDateText({ 'date-parts': [parts] });
}

type Nodes = Array<{ text?: string }> | undefined;
const nodesText = (nodes: Nodes) => (nodes ? nodes.map((node) => node.text ?? '').join('') : undefined);

/** biblatex-csl-converter's own record (its CSL export re-cases titles and drops RIS dates, so it is read before that). */
function fieldsOfConverter(fields: Record<string, unknown>): ReadFields {
  const names = (fields['author'] ?? []) as Array<{ literal?: Nodes; family?: Nodes; given?: Nodes }>;
  return {
    title: nodesText(fields['title'] as Nodes),
    authors: names.map((name) => (name.literal ? nodesText(name.literal)! : [nodesText(name.family), nodesText(name.given)].filter(Boolean).join(', '))),
    date: risDate(fields['date'] as string | undefined),
    container: nodesText(fields['journaltitle'] as Nodes),
    url: fields['url'] as string | undefined,
    note: nodesText(fields['note'] as Nodes),
  };
}

const creatorName = (creator: Creator) =>
  creator.name ?? [[creator.prefix, creator.lastName].filter(Boolean).join(' '), creator.suffix, creator.firstName].filter(Boolean).join(', ');

/** RIS readers: each returns the records of a file in order, or throws as the reader does. */
export const RIS_READERS: Record<string, (ris: string) => ReadFields[]> = {
  'astrocite-ris': (ris) => (parseAstrocite(ris) as CslLike[]).map(fieldsOfCsl),
  'biblatex-csl-converter': (ris) => {
    const result = parseRIS(ris);
    if (result.errors.length > 0) throw new Error(`biblatex-csl-converter: ${JSON.stringify(result.errors)}`);
    return Object.values(result.entries).map((entry) => fieldsOfConverter(entry.fields as Record<string, unknown>));
  },
};

/** BibTeX readers: each returns every entry with its key. */
export const BIBTEX_READERS: Record<string, (bib: string) => Array<{ key: string; fields: ReadFields }>> = {
  '@retorquere/bibtex-parser': (bib) => {
    const library = parseBibtex(bib);
    if (library.errors.length > 0) throw new Error(`bibtex-parser: ${JSON.stringify(library.errors)}`);
    return library.entries.map(({ key, fields }) => ({
      key,
      fields: {
        title: fields.title,
        authors: (fields.author ?? []).map(creatorName),
        date: fields.date,
        container: fields['journaltitle'] ?? fields['journal'],
        url: fields.url,
        note: fields.note,
      },
    }));
  },
  'pandoc -f biblatex': (bib) =>
    (JSON.parse(runPandoc(['-f', 'biblatex', '-t', 'csljson'], bib).stdout) as CslLike[]).map((record) => ({
      key: String(record['id']),
      fields: fieldsOfCsl(record),
    })),
};

/** Labelled fields as fields.csl prints them; a CSL processor renders straight quotes as typographic ones, which is not a change of text. */
function fieldsOfProbe(line: string): ReadFields {
  const found = new Map(line.split('␞').map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1).replace(/[“”]/g, '"')]));
  return {
    title: found.get('title'),
    authors: found.get('author')?.split('; ') ?? [],
    date: found.get('date'),
    container: found.get('container'),
    url: found.get('url'),
    note: found.get('note'),
  };
}

/** pandoc's citeproc with the fields style: the bibliography of `keys`, cited in order, from a .bib file; stderr holds its warnings. */
export function pandocCiteproc(bib: string, keys: readonly string[]): { entries: ReadFields[]; warnings: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rla-pandoc-'));
  try {
    writeFileSync(join(dir, 'refs.bib'), bib);
    const document = keys.map((key) => `[@${key}]`).join(' ');
    const { stdout, stderr } = runPandoc(
      ['--citeproc', '--bibliography', join(dir, 'refs.bib'), '--csl', FIELDS_CSL, '-f', 'markdown', '-t', 'plain', '--wrap=none'],
      document,
    );
    const entries = stdout.split('\n').filter((line) => line.startsWith('title='));
    return { entries: entries.map(fieldsOfProbe), warnings: stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const require = createRequire(import.meta.url);

/** citeproc-js with the fields style: the bibliography of CSL-JSON items, in order. */
export function citeprocJs(items: readonly CslItem[]): ReadFields[] {
  const CSL = require('citeproc') as { Engine: new (sys: object, style: string, lang: string) => CiteprocEngine };
  const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveLocale: (lang: string) => locales[lang], retrieveItem: (id: string) => byId.get(id) },
    readFileSync(FIELDS_CSL, 'utf8'),
    'en-US',
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  return engine.makeBibliography()[1].map((entry) => fieldsOfProbe(entry.trim()));
}

interface CiteprocEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
}
