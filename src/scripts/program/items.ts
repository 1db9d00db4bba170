/** A session as the island sees it: its facts from data attributes (src/lib/island.ts `itemData`) and its DOM. */
import type { Filterable } from '../../lib/filter';
import type { ViewState } from '../../lib/url-state';
import type { Hit } from '../../lib/search';

export interface Item extends Filterable {
  code: string;
  start: string;
  end: string;
  /** Position in the server's markup, which is program order: ties in time keep it. */
  order: number;
  /** The element that moves between days (the list item). */
  li: HTMLElement;
  article: HTMLElement;
  title: HTMLAnchorElement;
  titleText: string;
}

export function readItems(root: ParentNode): Item[] {
  return [...root.querySelectorAll<HTMLElement>('article[data-slug]')].map((a, order) => {
    const title = a.querySelector<HTMLAnchorElement>('h3 a')!;
    const d = a.dataset;
    return {
      slug: d.slug!,
      code: d.code!,
      start: d.start!,
      end: d.end!,
      order,
      languages: (d.lang ?? '').split(' ').filter(Boolean),
      track: d.track ?? 'none',
      type: d.type ?? 'none',
      room: d.room ?? '',
      video: d.video !== undefined,
      li: a.closest('li')!,
      article: a,
      title,
      titleText: title.textContent ?? '',
    };
  });
}

/** What a view needs to show the current selection. */
export interface ViewInput {
  /** The items to show, in the order to show them (ranked when searching). */
  visible: Item[];
  zone: string;
  /** Search text when results are ranked, else ''. */
  query: string;
  /** The day asked for in the URL (timetable). */
  day?: string;
  /** The instant treated as now. */
  now: number;
  /** True when filters, search or stars narrow the program. */
  narrowed: boolean;
}

export interface ProgramView {
  /** Rebuild for a zone (regroup days). */
  regroup(zone: string): void;
  /** Show the selection; returns the day shown, if the view shows one day. */
  show(input: ViewInput): string | undefined;
  /** Bring what is on at `now` into view; returns the day it is on, if the view shows one day. */
  jumpTo(now: number, zone: string, live: readonly string[]): string | undefined;
}

/** What every feature gets on each render. */
export interface RenderContext {
  state: ViewState;
  items: readonly Item[];
  visible: readonly Item[];
  hits?: Hit[];
  zone: string;
  now: number;
  starred: ReadonlySet<string>;
}
