import { describe, expect, it } from 'vitest';
import { markdownHtml, markdownText } from '../../src/lib/markdown';
import { loadProgram, NEUTRAL_CONTENT } from '../helpers/content';

describe('markdownHtml', () => {
  it('renders Markdown', () => {
    expect(markdownHtml('Some **bold** and *em*.\n\n- one\n- two')).toBe(
      '<p>Some <strong>bold</strong> and <em>em</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });
  it('shows raw HTML as text', () => {
    const html = markdownHtml('<b>x</b> <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<(b|script|img)\b/);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('makes links of http(s) and mailto only, with rel="nofollow noopener"', () => {
    expect(markdownHtml('[docs](https://docs.example.org/weights)')).toBe(
      '<p><a href="https://docs.example.org/weights" rel="nofollow noopener">docs</a></p>\n',
    );
    expect(markdownHtml('[mail](mailto:ada@example.org)')).toContain(
      '<a href="mailto:ada@example.org" rel="nofollow noopener">mail</a>',
    );
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'vbscript:x', '/relative'])
      expect(markdownHtml(`[x](${bad})`), bad).toBe(`<p>[x](${bad})</p>\n`);
    expect(markdownHtml('<javascript:alert(1)>')).not.toContain('<a');
  });
  it('does not turn bare URLs into links', () => {
    expect(markdownHtml('See https://example.org/x')).toBe('<p>See https://example.org/x</p>\n');
  });
  it('starts headings at h3 and never goes above h4', () => {
    expect(markdownHtml('# A\n\n## B\n\n### C\n\n###### F')).toBe('<h3>A</h3>\n<h4>B</h4>\n<h4>C</h4>\n<h4>F</h4>\n');
  });
});

describe('markdownText', () => {
  it('gives the plain text of an abstract on one line', () => {
    const schedulers = loadProgram(NEUTRAL_CONTENT).sessions.find((s) => s.slug === 'schedulers')!;
    expect(markdownText(schedulers.abstract)).toBe(
      'How fair schedulers share a CPU, with measurements from real machines. run queues latency ' +
        'A second paragraph about weights and <b>tags</b> that stay text.',
    );
  });
  it('keeps code, quotes and list items, separated by single spaces', () => {
    expect(markdownText('Use `kubectl apply` now.\n\n```\ncode here\n```\n\n> quoted\n\n1. one\n2. two')).toBe(
      'Use kubectl apply now. code here quoted one two',
    );
    expect(markdownText('line one\nline two  \nline three')).toBe('line one line two line three');
    expect(markdownText('# Title\n\n[link](https://example.org) text')).toBe('Title link text');
  });
  it('is empty for empty text', () => {
    expect(markdownText('')).toBe('');
    expect(markdownText('  \n\n ')).toBe('');
  });
});
