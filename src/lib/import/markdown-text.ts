/**
 * Markdown text that cannot become markup: the escaping, paragraphs, code spans, emphasis and
 * link targets that markdown.ts assembles from HTML, and plain text (Sessionize) as Markdown.
 * Every character that could start Markdown or HTML is backslash-escaped, so text stays text
 * under any CommonMark renderer, with or without raw HTML enabled.
 */

/** Marks a hard line break while inline text is assembled; text can never contain it (see `clean`). */
export const BREAK = '\u0000';

/** Control characters, the BREAK marker among them: never text. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
export const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Text without control characters, HTML whitespace collapsed to one space. */
export const clean = (text: string) => text.replace(CONTROL, '').replace(/[ \t\n\f\r]+/g, ' ');

/** Backslash-escapes every character that could start Markdown or HTML anywhere in a line. */
export const escapeText = (text: string) => text.replace(/[\\`*_[\]<>&~|]/g, '\\$&');

/** Escapes what is markup only at the start of a line: headings, list markers, setext underlines. */
const escapeLineStart = (line: string) =>
  line.replace(/^(?:[#=+-]|(\d+)([.)]))/, (m, digits, mark) => (digits ? `${digits}\\${mark}` : `\\${m}`));

/**
 * Inline text with BREAK markers as Markdown paragraphs: lines trimmed, a hard break between
 * lines, and an empty line (two breaks in a row) starting a new paragraph.
 */
export function paragraphs(inline: string): string {
  const groups: string[][] = [[]];
  for (const raw of inline.split(BREAK)) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line) groups[groups.length - 1].push(escapeLineStart(line));
    else if (groups[groups.length - 1].length) groups.push([]);
  }
  return groups
    .filter((lines) => lines.length)
    .map((lines) => lines.join('\\\n'))
    .join('\n\n');
}

/** A backtick fence longer than any run of backticks in `text`. */
export const fence = (text: string, min: number) =>
  '`'.repeat(Math.max(min, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));

/** Inline code on one line, fenced with more backticks than any run inside it. */
export function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  if (!text.trim()) return text ? ' ' : '';
  const ticks = fence(text, 1);
  // A space keeps a backtick at either end apart from the fence; CommonMark strips one on each side.
  const pad = /^`|`$/.test(text) || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Leading spaces, the rest, trailing spaces: Markdown delimiters must touch the text they mark. */
export const edges = (text: string) => /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ['', '', text, ''];

/** `mark` around the text, with surrounding spaces moved outside; the text alone when it is blank. */
export function wrap(mark: string, inner: string): string {
  const [, before, body, after] = edges(inner);
  return body.replaceAll(BREAK, '').trim() ? `${before}${mark}${body}${mark}${after}` : inner;
}

/** An http(s) or mailto URL in a form safe inside `( )`, or undefined for anything else. */
export function safeHref(href: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value || !/^(https?|mailto):/i.test(value)) return undefined;
  try {
    const { href: normal } = new URL(value);
    // Keep the source's spelling unless a character in it would end or break the link.
    return /[\s()<>\\]/.test(value) ? normal.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')) : value;
  } catch {
    return undefined;
  }
}

/** Safe Markdown for plain text: blank lines separate paragraphs, line ends are kept as hard breaks. */
export function plainTextToMarkdown(text: string): string {
  return paragraphs(
    text
      .split(/\r\n|\r|\n/)
      .map((line) => escapeText(clean(line)))
      .join(BREAK),
  );
}
