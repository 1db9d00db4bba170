import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowStyleAttributes, cspHash, decodeAttribute } from '../../src/integrations/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const POLICY = "default-src 'self'; script-src 'self' 'sha256-aaa='; style-src 'self' 'sha256-bbb=';";
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('cspHash', () => {
  it('is the quoted base64 SHA-256 of the UTF-8 text', () => {
    expect(cspHash('--track: #80c9fa')).toBe(sha('--track: #80c9fa'));
    expect(cspHash('color: 红')).toBe(sha('color: 红'));
  });
});

describe('decodeAttribute', () => {
  it('decodes character references as the browser does before hashing', () => {
    expect(decodeAttribute('a &amp; b &#34;c&#34; &#x27;d&#x27; &lt;e&gt; &unknown;')).toBe(
      `a & b "c" 'd' <e> &unknown;`,
    );
  });
});

describe('allowStyleAttributes', () => {
  it("adds 'unsafe-hashes' and one hash per distinct style attribute to style-src only", () => {
    const html = page(
      POLICY,
      '<i style="--track: #111111"></i><b style="--track: #111111"></b><p style="grid-row: 2 / 5"></p>',
    );
    const policy = policyOf(allowStyleAttributes(html));
    const [style] = policy.split(';').filter((d) => d.trim().startsWith('style-src'));
    expect(style.trim().split(/\s+/).sort()).toEqual(
      [
        'style-src',
        "'self'",
        "'sha256-bbb='",
        "'unsafe-hashes'",
        sha('--track: #111111'),
        sha('grid-row: 2 / 5'),
      ].sort(),
    );
    expect(policy).toContain("script-src 'self' 'sha256-aaa=';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('hashes the decoded value', () => {
    const policy = policyOf(allowStyleAttributes(page(POLICY, '<i style="font-family: &#34;A&#34;"></i>')));
    expect(policy).toContain(sha('font-family: "A"'));
  });

  it('ignores text that only looks like an attribute, and data-style attributes', () => {
    const html = page(POLICY, '<p data-style="x: 1">style=&#34;y&#34;</p>');
    expect(allowStyleAttributes(html)).toBe(html);
  });

  it('leaves pages without style attributes or without a policy unchanged', () => {
    const plain = page(POLICY, '<p>hi</p>');
    expect(allowStyleAttributes(plain)).toBe(plain);
    const noPolicy = '<html><body><i style="--x: 1"></i></body></html>';
    expect(allowStyleAttributes(noPolicy)).toBe(noPolicy);
  });
});
