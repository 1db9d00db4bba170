/**
 * HTML to safe Markdown. Exports carry abstracts as HTML (FOSDEM) or Markdown rendered to HTML
 * (rich-text.ts); content files hold Markdown that must never smuggle raw HTML or accidental
 * markup into the page. parse5 reads HTML as a browser would; an allow-list of elements becomes
 * Markdown (paragraphs, line breaks, http/https/mailto links, lists, emphasis, strong, inline
 * code, code blocks, headings demoted to ### and ####, block quotes); any other element
 * contributes only its text; text is escaped (markdown-text.ts), so nothing in it becomes markup.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { BREAK, CONTROL, codeSpan, edges, escapeText, clean, fence, paragraphs, safeHref, wrap } from './markdown-text';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const HEADINGS: Record<string, string> = { h1: '###', h2: '###', h3: '####', h4: '####', h5: '####', h6: '####' };

/** Elements that end the paragraph around them; the unlisted ones among them contribute their text as blocks. */
const BLOCKS = new Set(
  'address article aside blockquote center dd details div dl dt fieldset figcaption figure footer form header hr li main nav ol p pre section summary table tbody tfoot thead tr ul'
    .split(' ')
    .concat(Object.keys(HEADINGS)),
);

/** Elements whose text must not run into its neighbours' when they are read as inline text. */
const SPACED = new Set([...BLOCKS, 'td', 'th']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The element's text as the source wrote it, for code. */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value.replace(CONTROL, '');
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\n';
  return node.childNodes.map(textContent).join('');
}

function inline(nodes: Node[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: Node): string {
  if (node.nodeName === '#text') return escapeText(clean((node as DefaultTreeAdapterTypes.TextNode).value));
  if (!isElement(node)) return '';
  const inner = () => inline(node.childNodes);
  switch (node.tagName) {
    case 'br':
      return BREAK;
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      return codeSpan(textContent(node));
    case 'em':
    case 'i':
      return wrap('*', inner());
    case 'strong':
    case 'b':
      return wrap('**', inner());
    case 'a': {
      const href = safeHref(attribute(node, 'href'));
      const [text, before, body, after] = edges(inner());
      return href && body.replaceAll(BREAK, '').trim() ? `${before}[${body}](${href})${after}` : text;
    }
    default:
      // Everything else is its text; a block inside inline content still keeps words apart.
      return SPACED.has(node.tagName) ? ` ${inner()} ` : inner();
  }
}

/** Indents every line after the first by `width` spaces (blank lines stay empty). */
const indent = (text: string, width: number) => text.replace(/\n(?=[^\n])/g, `\n${' '.repeat(width)}`);

/** A Markdown list; an item's blocks stay tight when all but its first are nested lists. */
function list(el: Element): string {
  const ordered = el.tagName === 'ol';
  const start = Number.parseInt(attribute(el, 'start') ?? '', 10);
  let number = start >= 0 ? start : 1;
  // Each <li> is an item; anything else between them (invalid, but found) is an item of its own.
  const items: Node[][] = [];
  let stray: Node[] = [];
  const endStray = () => {
    if (stray.some((n) => isElement(n) || textContent(n).trim())) items.push(stray);
    stray = [];
  };
  for (const child of el.childNodes) {
    if (isElement(child) && child.tagName === 'li') {
      endStray();
      items.push(child.childNodes);
    } else stray.push(child);
  }
  endStray();
  const lines: string[] = [];
  for (const item of items) {
    const parts = blocks(item);
    const marker = ordered ? `${number++}.` : '-';
    if (!parts.length) continue;
    const tight = parts.slice(1).every((part) => /^(-|\d+\.) /.test(part));
    lines.push(`${marker} ${indent(parts.join(tight ? '\n' : '\n\n'), marker.length + 1)}`);
  }
  return lines.join('\n');
}

function codeBlock(el: Element): string {
  const code = textContent(el).replace(/^\n/, '').trimEnd();
  if (!code.trim()) return '';
  const inner = el.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'code');
  const language = /\blanguage-([\w+-]+)/.exec(
    `${attribute(el, 'class') ?? ''} ${inner ? attribute(inner, 'class') : ''}`,
  );
  const ticks = fence(code, 3);
  return `${ticks}${language?.[1] ?? ''}\n${code}\n${ticks}`;
}

function block(el: Element): string[] {
  const heading = HEADINGS[el.tagName];
  if (heading) {
    // One line; a closing "#" would be read as the end of the heading's markup.
    const text = paragraphs(inline(el.childNodes).replaceAll(BREAK, ' ')).replace(/#$/, '\\#');
    return text ? [`${heading} ${text}`] : [];
  }
  switch (el.tagName) {
    case 'ul':
    case 'ol':
      return [list(el)].filter(Boolean);
    case 'pre':
      return [codeBlock(el)].filter(Boolean);
    case 'blockquote': {
      const body = blocks(el.childNodes).join('\n\n');
      return body ? [body.replace(/^/gm, '> ').replace(/^> $/gm, '>')] : [];
    }
    default:
      return blocks(el.childNodes);
  }
}

/** Block-level Markdown for a run of nodes: inline runs become paragraphs between the blocks. */
function blocks(nodes: Node[]): string[] {
  const out: string[] = [];
  let pending = '';
  const flush = () => {
    const text = paragraphs(pending);
    if (text) out.push(text);
    pending = '';
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCKS.has(node.tagName)) {
      flush();
      out.push(...block(node));
    } else pending += inlineNode(node);
  }
  flush();
  return out;
}

/** Safe Markdown for HTML parsed by parse5 (see the module comment); "" when it has no text. */
export function fragmentToMarkdown(fragment: DefaultTreeAdapterTypes.DocumentFragment): string {
  return blocks(fragment.childNodes).join('\n\n');
}

/** Safe Markdown for an HTML fragment; "" when it has no text. */
export const htmlToMarkdown = (html: string) => fragmentToMarkdown(parseFragment(html));
