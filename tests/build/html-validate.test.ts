/**
 * Every built page is valid HTML under html-validate's recommended rules
 * (the exceptions in .htmlvalidate.json each say why in the README).
 */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { distFiles } from '../support/dist.ts';

const pages = distFiles().filter((file) => file.endsWith('.html'));
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  test('finds no error on any built page', async () => {
    expect(pages.length).toBeGreaterThan(10);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(`dist/${page}`);
      for (const result of report.results) for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
