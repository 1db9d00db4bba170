/** A session as the client scripts see it: its facts from data attributes, and its DOM. */
import type { Filterable } from '../lib/filter';

export interface Item extends Filterable {
  code: string;
  start: string;
  end: string;
  room: string;
  /** The element that is moved between days (the list item). */
  li: HTMLElement;
  article: HTMLElement;
  title: HTMLAnchorElement;
  titleText: string;
}

export function readItems(root: ParentNode): Item[] {
  return [...root.querySelectorAll<HTMLElement>('article[data-slug]')].map((a) => {
    const title = a.querySelector<HTMLAnchorElement>('.title a')!;
    return {
      slug: a.dataset.slug!,
      code: a.dataset.code!,
      start: a.dataset.start!,
      end: a.dataset.end!,
      language: a.dataset.lang!,
      track: a.dataset.track!,
      type: a.dataset.type!,
      room: a.dataset.room ?? '',
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
  /** The day asked for in the URL (grid). */
  day?: string;
  /** The instant treated as now. */
  now: number;
}

export interface ProgramView {
  /** Rebuild for a zone (regroup days). */
  regroup(zone: string): void;
  /** Show the selection; returns the day shown, if the view shows one day. */
  show(input: ViewInput): string | undefined;
  /** Scroll to what is on at `now`. */
  jumpTo(now: number, zone: string): string | undefined;
}
