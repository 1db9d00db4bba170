/**
 * Abstracts, descriptions and biographies from frab and c3voc exports, as safe Markdown. The same
 * field holds HTML in one tool's export (FOSDEM's pentabarf) and Markdown in another's (pretalx,
 * frab), and the file does not say which: text with a known HTML element is read as HTML; anything
 * else is read as Markdown (raw HTML in it stays text, as pretalx shows it), rendered with
 * markdown-it and brought back through the same allow-list, so both end in the same safe subset.
 */
import MarkdownIt from 'markdown-it';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { fragmentToMarkdown, htmlToMarkdown } from './markdown';

/** Elements that mark a text as HTML; "<T>" in a sentence about generics does not. */
const HTML_ELEMENTS = new Set(
  'a abbr b blockquote br cite code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i img kbd li ol p pre q s small span strong sub sup table td th tr u ul'.split(
    ' ',
  ),
);

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

function hasHtmlElement(nodes: DefaultTreeAdapterTypes.ChildNode[]): boolean {
  return nodes.some(
    (node) => 'tagName' in node && (HTML_ELEMENTS.has(node.tagName) || hasHtmlElement(node.childNodes)),
  );
}

/** Safe Markdown for a source text that is HTML or Markdown; undefined when it has no text. */
export function richTextToMarkdown(text: string | null | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const fragment = parseFragment(text);
  const result = hasHtmlElement(fragment.childNodes)
    ? fragmentToMarkdown(fragment)
    : htmlToMarkdown(markdown.render(text));
  return result || undefined;
}
