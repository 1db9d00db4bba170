/**
 * The search itself, loaded on first use with fuse.js: ranking (src/lib/search.ts), the highlights
 * in the titles shown, and, on a large program's day page, the matches on other days.
 */
import { createSearch, highlight, type Hit, type SearchDoc } from '../../lib/search';
import { sessionPath } from '../../lib/paths';
import { formatDay, localDate, localTime } from '../../lib/time';
import { pagePath, t } from '../config';
import type { Item } from './items';

export class SearchEngine {
  private search: (query: string) => Hit[];
  private highlighted = new Set<Item>();
  private docs: Map<string, SearchDoc>;

  constructor(docs: SearchDoc[]) {
    this.search = createSearch(docs);
    this.docs = new Map(docs.map((d) => [d.slug, d]));
  }

  hits(query: string): Hit[] {
    return this.search(query);
  }

  /** Mark the matched parts of the titles on the page; undo the previous marks. */
  highlight(items: readonly Item[], hits: Hit[] | undefined) {
    for (const item of this.highlighted) item.title.textContent = item.titleText;
    this.highlighted.clear();
    if (!hits) return;
    const bySlug = new Map(items.map((i) => [i.slug, i]));
    for (const hit of hits) {
      const item = bySlug.get(hit.slug);
      if (!item || !hit.title.length || !item.li.isConnected) continue;
      item.title.replaceChildren(
        ...highlight(item.titleText, hit.title).map((seg) =>
          seg.mark
            ? Object.assign(document.createElement('mark'), { textContent: seg.text })
            : document.createTextNode(seg.text),
        ),
      );
      this.highlighted.add(item);
    }
  }

  /** A large program's day page: list the matches that are on other days' pages. */
  elsewhere(box: HTMLElement, hits: Hit[] | undefined, items: readonly Item[], zone: string) {
    const here = new Set(items.map((i) => i.slug));
    const others = (hits ?? []).filter((h) => !here.has(h.slug) && this.docs.has(h.slug)).slice(0, 30);
    box.hidden = others.length === 0;
    const intl = t().intl;
    box.querySelector('ul')!.replaceChildren(
      ...others.map((h) => {
        const doc = this.docs.get(h.slug)!;
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), {
          href: pagePath(sessionPath(doc.slug)),
          textContent: doc.title,
        });
        const when = `${formatDay(localDate(doc.start, zone), intl, 'short')}, ${localTime(doc.start, zone)}`;
        li.append(a, Object.assign(document.createElement('span'), { className: 'muted', textContent: ` — ${when}` }));
        return li;
      }),
    );
  }
}
