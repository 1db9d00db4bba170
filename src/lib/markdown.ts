/**
 * Abstracts, descriptions and biographies are Markdown written by organisers or made by the
 * importer from the source's HTML. They are rendered with markdown-it with raw HTML off, so any
 * HTML in them shows as text, and links are kept to http(s) and mailto. Build time only.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
// Content headings sit under the page's own h2 sections: start them at h3, and never above h4.
md.core.ruler.push('demote_headings', (state) => {
  for (const token of state.tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(4, Math.max(3, Number(token.tag.slice(1)) + 2))}`;
  return true;
});
const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  tokens[i].attrSet('rel', 'nofollow noopener');
  return defaultLinkOpen ? defaultLinkOpen(tokens, i, options, env, self) : self.renderToken(tokens, i, options);
};

/** Safe HTML of a Markdown text. */
export const markdownHtml = (text: string) => md.render(text);

/** The plain text of a Markdown text on one line: for summaries, search and calendars. */
export function markdownText(text: string): string {
  const out: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.children) walk(token.children);
      else if (
        token.type === 'text' ||
        token.type === 'code_inline' ||
        token.type === 'code_block' ||
        token.type === 'fence'
      )
        out.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push(' ');
      if (token.block && token.nesting === -1) out.push(' ');
    }
  };
  walk(md.parse(text, {}));
  return out.join('').replace(/\s+/g, ' ').trim();
}
