import MarkdownIt from 'markdown-it';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/lib/import/markdown';
import { plainTextToMarkdown, safeHref } from '../../../src/lib/import/markdown-text';
import { richTextToMarkdown } from '../../../src/lib/import/rich-text';

/** A renderer that would pass raw HTML through, so any raw HTML in the output shows up as elements. */
const permissive = new MarkdownIt({ html: true, linkify: false });
const ALLOWED = new Set(['p', 'br', 'a', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'pre', 'h3', 'h4', 'blockquote']);

/** Every element (with its href) the Markdown renders to. */
function renderedElements(markdown: string): { tag: string; href?: string }[] {
  const found: { tag: string; href?: string }[] = [];
  const walk = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes)
      if ('tagName' in node) {
        found.push({ tag: node.tagName, href: node.attrs.find((a) => a.name === 'href')?.value });
        walk(node.childNodes);
      }
  };
  walk(parseFragment(permissive.render(markdown)).childNodes);
  return found;
}

/** Text the Markdown renders to, tags removed. */
const renderedText = (markdown: string) => {
  const text = (nodes: DefaultTreeAdapterTypes.ChildNode[]): string =>
    nodes
      .map((n) => ('value' in n ? n.value : 'childNodes' in n ? text(n.childNodes) : ''))
      .join('')
      .replace(/\s+/g, ' ');
  return text(parseFragment(permissive.render(markdown)).childNodes).trim();
};

describe('htmlToMarkdown', () => {
  it('keeps the allow-listed structure', () => {
    expect(htmlToMarkdown('<p>One <em>two</em> <strong>three</strong> <code>4</code></p><p>Five<br>six</p>')).toBe(
      'One *two* **three** `4`\n\nFive\\\nsix',
    );
    expect(
      htmlToMarkdown('<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><ol start="3"><li>x</li><li>y</li></ol>'),
    ).toBe('- a\n- b\n  - c\n\n3. x\n4. y');
    expect(htmlToMarkdown('<blockquote><p>quoted</p></blockquote>')).toBe('> quoted');
    expect(htmlToMarkdown('<pre><code class="language-sh">make &amp;&amp; make install\n</code></pre>')).toBe(
      '```sh\nmake && make install\n```',
    );
  });

  it('demotes headings to ### and ####', () => {
    expect(htmlToMarkdown('<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6>')).toBe('### A\n\n### B\n\n#### C\n\n#### D');
  });

  it('keeps http, https and mailto links and turns every other link into its text', () => {
    expect(htmlToMarkdown('<a href="https://fosdem.org/2024/">FOSDEM</a>')).toBe('[FOSDEM](https://fosdem.org/2024/)');
    expect(htmlToMarkdown('<a href="mailto:info@example.org">mail</a>')).toBe('[mail](mailto:info@example.org)');
    expect(htmlToMarkdown('<a href="javascript:alert(1)">click</a> <a href="/relative">rel</a> <a>bare</a>')).toBe(
      'click rel bare',
    );
    expect(htmlToMarkdown('<a href="https://en.wikipedia.org/wiki/Foo_(bar)">wiki</a>')).toBe(
      '[wiki](https://en.wikipedia.org/wiki/Foo_%28bar%29)',
    );
  });

  it('lets other elements contribute only their text', () => {
    expect(htmlToMarkdown('<div><span style="color:red">red</span> <img src="x.png" alt="pic"></div>')).toBe('red');
    expect(htmlToMarkdown('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
  });

  it('escapes text so it cannot become markup or raw HTML', () => {
    const md = htmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; 5 * 3 _x_ [y](z) &amp;amp; `t` ~~s~~ | q</p>');
    expect(md).toBe('\\<script\\>alert(1)\\</script\\> 5 \\* 3 \\_x\\_ \\[y\\](z) \\&amp; \\`t\\` \\~\\~s\\~\\~ \\| q');
    expect(renderedElements(md).map((e) => e.tag)).toEqual(['p']);
    expect(renderedText(md)).toBe('<script>alert(1)</script> 5 * 3 _x_ [y](z) &amp; `t` ~~s~~ | q');
  });

  it('escapes what would be markup at the start of a line', () => {
    const md = htmlToMarkdown('<p># not a heading<br>- not a list<br>1. not a list<br>===<br>+ plus</p>');
    expect(renderedElements(md).map((e) => e.tag)).toEqual(['p', 'br', 'br', 'br', 'br']);
    expect(renderedText(md)).toBe('# not a heading - not a list 1. not a list === + plus');
  });

  it('renders nothing outside the allow-list, whatever the input', () => {
    const nasty = [
      '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe>',
      '<p onclick="x()">hi <a href="https://ok.example" onclick="y()">ok</a></p><svg><a href="javascript:z()">svg</a></svg>',
      '<p>&lt;img src=x onerror=alert(1)&gt; &lt;!-- c --&gt; &lt;![CDATA[x]]&gt;</p>',
      '<ul><li><pre>```\n</pre></li></ul><h1>#</h1><p>\\<br>\\</p>',
      '<p>[x]: https://evil.example<br>&lt;https://autolink.example&gt;</p>',
    ];
    for (const html of nasty)
      for (const element of renderedElements(htmlToMarkdown(html))) {
        expect(ALLOWED).toContain(element.tag);
        if (element.href !== undefined) expect(safeHref(element.href)).toBeDefined();
      }
  });

  it('gives an empty string for markup without text', () => {
    expect(htmlToMarkdown('<p> </p><br><img src="x">')).toBe('');
  });
});

describe('plainTextToMarkdown', () => {
  it('keeps paragraphs and line breaks and escapes everything else', () => {
    const md = plainTextToMarkdown('Why <script>alert("x")</script> & *stars*\n1. no list\n\nSecond _para_');
    expect(md).toBe('Why \\<script\\>alert("x")\\</script\\> \\& \\*stars\\*\\\n1\\. no list\n\nSecond \\_para\\_');
    expect(renderedElements(md).map((e) => e.tag)).toEqual(['p', 'br', 'p']);
  });
});

describe('richTextToMarkdown', () => {
  it('reads text with HTML elements as HTML (FOSDEM)', () => {
    expect(richTextToMarkdown('<p>One</p>\n<p>Two &amp; <a href="https://x.example">x</a></p>')).toBe(
      'One\n\nTwo \\& [x](https://x.example)',
    );
  });

  it('reads other text as Markdown (pretalx), with raw HTML shown as text', () => {
    expect(richTextToMarkdown('Use **bold**, [a link](https://a.example) and <T>\n\n- one\n- two')).toBe(
      'Use **bold**, [a link](https://a.example) and \\<T\\>\n\n- one\n- two',
    );
  });

  it('gives undefined for empty text', () => {
    expect(richTextToMarkdown('  ')).toBeUndefined();
    expect(richTextToMarkdown(null)).toBeUndefined();
  });
});
