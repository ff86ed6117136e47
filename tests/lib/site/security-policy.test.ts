import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES, metaContentSecurityPolicy } from '../../../src/lib/site/security-policy.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

describe('the Content-Security-Policy', () => {
  test('allows no inline script and nothing from another origin', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).not.toMatch(/unsafe-inline|https?:|\*/);
    for (const [, value] of policy) expect(value).not.toMatch(/https?:|\*/);
    expect(policy.get('object-src')).toBe("'none'");
  });

  test('lets Pagefind compile its WebAssembly and start its worker', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('worker-src')).toContain('blob:');
  });

  test('writes every directive once, in the header and in the meta tag alike', () => {
    const names = CSP_DIRECTIVES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(metaContentSecurityPolicy()).toBe(contentSecurityPolicy());
  });

  test('leaves out of the meta tag the directives browsers ignore there', () => {
    const directives = [...CSP_DIRECTIVES, ['frame-ancestors', "'none'"] as const];
    expect(contentSecurityPolicy(directives)).toContain("frame-ancestors 'none'");
    expect(metaContentSecurityPolicy(directives)).toBe(contentSecurityPolicy());
  });
});
