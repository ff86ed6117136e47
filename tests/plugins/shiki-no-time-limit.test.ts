import { codeToHtml } from 'shiki';
import { afterEach, describe, expect, test, vi } from 'vitest';
import shikiNoTimeLimit from '../../src/plugins/shiki-no-time-limit.ts';

const code = "const res = await fetch('https://example.org/annotations.jsonld');\nfor (const item of res.items) console.log(item);";
const options = { lang: 'js', themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } } as const;

/** A clock on which every reading is a second after the last, as on a machine too loaded to finish a line in time. */
function slowClock(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

describe('shikiNoTimeLimit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('without it, a slow clock leaves whole lines in one colour', async () => {
    const calm = await codeToHtml(code, options);
    slowClock();
    const loaded = await codeToHtml(code, options);
    expect(loaded).not.toBe(calm);
    expect(loaded).toMatch(/<span class="line"><span style="[^"]*">const res = await fetch\(/);
  });

  test('with it, the colours are the same however slow the clock', async () => {
    const calm = await codeToHtml(code, { ...options, transformers: [shikiNoTimeLimit()] });
    expect(calm).toBe(await codeToHtml(code, options));
    slowClock();
    const loaded = await codeToHtml(code, { ...options, transformers: [shikiNoTimeLimit()] });
    expect(loaded).toBe(calm);
  });
});
