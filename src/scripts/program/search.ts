/**
 * The search box. The engine (fuse.js and the ranking) and the index load on first use, in two
 * parts: search/index.json (titles, speakers, organisations, track, type, room, languages) answers
 * the first keystroke; search/text.json (abstracts) follows and refines the results.
 */
import type { Hit, SearchDoc } from '../../lib/search';
import { cleanQuery } from '../../lib/url-state';
import { sitePath } from '../config';
import type { SearchEngine } from './search-engine';
import type { Item } from './items';

const fetchJson = async <T>(path: string): Promise<T> => {
  const r = await fetch(sitePath(path));
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json() as Promise<T>;
};

export class Search {
  readonly input: HTMLInputElement | null;
  private engine?: SearchEngine;
  failed = false;
  private loading?: Promise<void>;

  constructor(
    private root: HTMLElement,
    private onChange: (query: string) => void,
  ) {
    this.input = root.querySelector('[data-search]');
    const input = this.input;
    if (!input) return;
    input.addEventListener('focus', () => void this.load(), { once: true });
    input.addEventListener('input', () => {
      void this.load();
      this.onChange(cleanQuery(input.value));
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && input.value) {
        input.value = '';
        this.onChange('');
      }
    });
    document.addEventListener('keydown', (e) => {
      const el = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      e.preventDefault();
      input.focus();
    });
  }

  /** Put the state's query in the box (back/forward, a shared link). */
  sync(query: string) {
    if (this.input && this.input.value !== query) this.input.value = query;
    if (query) void this.load();
  }

  private query = () => (this.input ? cleanQuery(this.input.value) : '');

  /** Load the engine and the index (titles first, then the text); re-render after each part. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const [{ SearchEngine }, docs] = await Promise.all([
          import('./search-engine'),
          fetchJson<SearchDoc[]>('/search/index.json'),
        ]);
        this.engine = new SearchEngine(docs);
        this.onChange(this.query());
        const text = await fetchJson<Record<string, string>>('/search/text.json');
        this.engine = new SearchEngine(docs.map((d) => ({ ...d, abstract: text[d.slug] ?? '' })));
      } catch {
        this.failed = !this.engine;
      }
      this.onChange(this.query());
    })();
    return this.loading;
  }

  /** Ranked hits for a query, or undefined while the engine is not there. */
  hits(query: string): Hit[] | undefined {
    return query && this.engine ? this.engine.hits(query) : undefined;
  }

  /** Highlights, and the matches on other day pages (a large program). */
  render(items: readonly Item[], hits: Hit[] | undefined, zone: string) {
    this.engine?.highlight(items, hits);
    const box = this.root.querySelector<HTMLElement>('[data-elsewhere]');
    if (box) {
      if (this.engine) this.engine.elsewhere(box, hits, items, zone);
      else box.hidden = true;
    }
  }
}
