import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENGINE_ENTRY, ENGINE_WORKER, engineFiles } from '../../../src/lib/search/engine-files.ts';

const entry = {
  version: '1.6.0',
  languages: {
    en: { hash: 'en_aaa', wasm: 'en', page_count: 4 },
    fr: { hash: 'fr_bbb', wasm: 'fr', page_count: 9 },
    'pt-br': { hash: 'pt-br_ccc', wasm: null, page_count: 2 },
  },
};

describe('engineFiles', () => {
  test.each([
    ['the page’s own language', 'en', ['pagefind.en_aaa.pf_meta', 'wasm.en.pagefind']],
    ['the language whatever its case', 'EN', ['pagefind.en_aaa.pf_meta', 'wasm.en.pagefind']],
    ['the first part of a regional language', 'en-GB', ['pagefind.en_aaa.pf_meta', 'wasm.en.pagefind']],
    ['the generic WebAssembly for a language without its own', 'pt-BR', ['pagefind.pt-br_ccc.pf_meta', 'wasm.unknown.pagefind']],
    ['the language with most pages for a language the index lacks', 'de', ['pagefind.fr_bbb.pf_meta', 'wasm.fr.pagefind']],
    ['the language with most pages for a page without a language', '', ['pagefind.fr_bbb.pf_meta', 'wasm.fr.pagefind']],
  ])('picks %s, as Pagefind does', (_name, language, files) => {
    expect(engineFiles(entry, language)).toEqual(files);
  });

  test.each([
    ['no entry', null],
    ['an entry without languages', { version: '1.6.0' }],
    ['languages that are not an object', { languages: 'en' }],
    ['a language without a hash', { languages: { en: { wasm: 'en' } } }],
  ])('names no file for %s', (_name, data) => {
    expect(engineFiles(data, 'en')).toEqual([]);
  });

  test('names, from the built entry and the pages’ language, files the built search bundle has', () => {
    const built = JSON.parse(readFileSync(`dist/pagefind/${ENGINE_ENTRY}`, 'utf8')) as unknown;
    const language = /<html lang="([^"]*)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1] ?? '';
    const files = [ENGINE_WORKER, ...engineFiles(built, language)];
    expect(files).toHaveLength(3);
    for (const file of files) expect(existsSync(`dist/pagefind/${file}`), file).toBe(true);
  });
});
