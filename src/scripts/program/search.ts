/**
 * Search: the box, the index and the highlights. fuse.js and the index load on first use, in two
 * parts: search/index.json (titles, speakers, organisations, track, type, room, languages) answers
 * the first keystroke; search/text.json (abstracts) follows and refines the results.
 */
import type { Hit, SearchDoc } from '../../lib/search';
import { cleanQuery } from '../../lib/url-state';
import { sitePath } from '../config';
import type { Item } from './items';

type SearchModule = typeof import('../../lib/search');

const fetchJson = async <T>(path: string): Promise<T> => {
  const r = await fetch(sitePath(path));
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json() as Promise<T>;
};

export class Search {
  readonly input: HTMLInputElement | null;
  private search?: (query: string) => Hit[];
  private module?: SearchModule;
  docs: SearchDoc[] = [];
  failed = false;
  private loading?: Promise<void>;
  private highlighted = new Set<Item>();

  constructor(
    root: HTMLElement,
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

  /** Load fuse.js and the index (titles first, then the text); re-render after each part. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const [module, docs] = await Promise.all([
          import('../../lib/search'),
          fetchJson<SearchDoc[]>('/search/index.json'),
        ]);
        this.module = module;
        this.docs = docs;
        this.search = module.createSearch(docs);
        this.onChange(this.input ? cleanQuery(this.input.value) : '');
        const text = await fetchJson<Record<string, string>>('/search/text.json');
        this.docs = docs.map((d) => ({ ...d, abstract: text[d.slug] ?? '' }));
        this.search = module.createSearch(this.docs);
      } catch {
        this.failed = !this.search;
      }
      this.onChange(this.input ? cleanQuery(this.input.value) : '');
    })();
    return this.loading;
  }

  /** Ranked hits for a query, or undefined while the index is not there. */
  hits(query: string): Hit[] | undefined {
    return query && this.search ? this.search(query) : undefined;
  }

  /** Mark the matched parts of the titles shown; undo the previous marks. */
  highlight(items: readonly Item[], hits: Hit[] | undefined) {
    for (const item of this.highlighted) item.title.textContent = item.titleText;
    this.highlighted.clear();
    const mark = this.module?.highlight;
    if (!hits || !mark) return;
    const bySlug = new Map(items.map((i) => [i.slug, i]));
    for (const hit of hits) {
      const item = bySlug.get(hit.slug);
      if (!item || !hit.title.length || !item.li.isConnected) continue;
      item.title.replaceChildren(
        ...mark(item.titleText, hit.title).map((seg) =>
          seg.mark
            ? Object.assign(document.createElement('mark'), { textContent: seg.text })
            : document.createTextNode(seg.text),
        ),
      );
      this.highlighted.add(item);
    }
  }
}
