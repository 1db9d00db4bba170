/**
 * <ic-program>: enhances the pre-rendered program list. It shows times in the viewer's zone
 * (regrouping days), filters by language/track/type, and searches with fuse.js loaded on first
 * use. All state lives in the URL. Logic comes from src/lib; this file only wires the DOM.
 */
import { applyFilters, facetCounts, showingLabel } from '../lib/filter';
import { conflicts, isRunning, liveState } from '../lib/schedule';
import {
  type FACETS,
  activeFilterCount,
  clearedState,
  cleanQuery,
  dayFromHash,
  isNarrowed,
  parseState,
  serializeState,
  type ViewState,
  type Vocabulary,
} from '../lib/url-state';
import {
  canonicalZone,
  dayShift,
  dayShiftLabel,
  formatDay,
  formatDuration,
  formatOffset,
  localDate,
  localTime,
  minutesBetween,
  offsetMinutes,
  UTC,
  zoneLabel,
} from '../lib/time';
import type { Hit, SearchDoc, highlight as Highlight } from '../lib/search';
import { replaceQuery } from './dom';
import { sessionPath } from '../lib/paths';
import { setStarred, starredSlugs, starStatus, STARS_EVENT } from './stars';
import { readItems, type Item, type ProgramView } from './item';
import { ListView } from './list-view';
import type { Room } from '../lib/types';
import { initialChoice, resolveZone, storeChoice, type ZoneChoice } from './zone-choice';

const LOCALE = 'en-GB';

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const qa = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

class IcProgram extends HTMLElement {
  private items: Item[] = [];
  private vocab!: Vocabulary;
  private state!: ViewState;
  private choice: ZoneChoice = 'local';
  private zone = UTC;
  private search?: (query: string) => Hit[];
  private marker?: typeof Highlight;
  private docs: SearchDoc[] = [];
  private searchLoad?: Promise<void>;
  private searchFailed = false;
  private highlighted = new Set<Item>();
  private view!: ProgramView;

  connectedCallback() {
    this.items = readItems(this);
    if (this.dataset.view === 'grid') {
      let rooms: Room[] = [];
      try {
        rooms = JSON.parse(this.dataset.rooms ?? '[]');
      } catch {
        /* no room order: columns follow the sessions */
      }
      // The timetable's geometry is only needed on the grid page: load it there, not with the list.
      void import('./grid-view').then(({ GridView }) => {
        this.view = new GridView(this, this.items, rooms, (day) => {
          this.state.day = day;
          this.render();
        });
        this.start();
      });
    } else {
      this.view = new ListView(q<HTMLElement>(this, '[data-days]')!);
      this.start();
    }
  }

  private start() {
    const values = (facet: string) => qa<HTMLInputElement>(this, `[data-facet="${facet}"] input`).map((i) => i.value);
    this.vocab = {
      language: values('language'),
      track: values('track'),
      type: values('type'),
      codes: this.items.map((i) => i.code!),
    };
    this.readUrl();
    if (activeFilterCount(this.state)) q<HTMLDetailsElement>(this, 'details.filters')!.open = true;
    this.wire();
    this.updateTimes();
    this.render();
  }

  /** Read the state (and zone choice) from the address bar. */
  private readUrl() {
    this.state = parseState(location.search, this.vocab);
    // A day link from the page without JavaScript (#day-2022-04-26) names the day too.
    this.state.day ??= dayFromHash(location.hash);
    this.choice = initialChoice(this.state.tz);
    this.zone = resolveZone(this.choice);
    if (this.state.q) void this.loadSearch();
    this.syncControls();
  }

  private wire() {
    const input = q<HTMLInputElement>(this, '#q')!;
    const select = q<HTMLSelectElement>(this, '#tz')!;
    const other = q<HTMLInputElement>(this, '#tz-other')!;
    for (const el of qa<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(this, 'input, select, button'))
      el.disabled = false;

    input.addEventListener('focus', () => void this.loadSearch(), { once: true });
    input.addEventListener('input', () => {
      this.state.q = cleanQuery(input.value);
      void this.loadSearch();
      this.render();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && input.value) {
        input.value = '';
        this.state.q = '';
        this.render();
      }
    });
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
    });

    select.addEventListener('change', () => {
      if (select.value === 'other') {
        this.showOther(true);
        other.focus();
        return;
      }
      this.showOther(false);
      this.setChoice(select.value);
    });
    const commitOther = () => {
      const zone = canonicalZone(other.value.trim());
      const error = q<HTMLElement>(this, '[data-tz-error]');
      other.setAttribute('aria-invalid', String(!zone && other.value.trim() !== ''));
      if (error)
        error.textContent =
          zone || !other.value.trim() ? '' : `“${other.value.trim()}” is not a time zone this browser knows.`;
      if (zone) this.setChoice(zone);
    };
    other.addEventListener('change', commitOther);
    other.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commitOther();
      }
    });

    for (const box of qa<HTMLInputElement>(this, '[data-facet] input[type=checkbox]')) {
      box.addEventListener('change', () => {
        const facet = box.name as (typeof FACETS)[number];
        const set = new Set(this.state[facet]);
        if (box.checked) set.add(box.value);
        else set.delete(box.value);
        this.state[facet] = this.vocab[facet].filter((v) => set.has(v));
        this.render();
      });
    }
    for (const button of qa<HTMLButtonElement>(this, '[data-clear], [data-clear-all]')) {
      button.addEventListener('click', () => {
        this.state = clearedState(this.state);
        this.syncControls();
        this.render();
        input.focus();
      });
    }
    this.wireStars();
    q(this, '[data-jump-now]')?.addEventListener('click', () => {
      const day = this.view.jumpTo(this.now(), this.zone);
      if (day) {
        this.state.day = day;
        this.render();
      }
    });
    window.addEventListener('popstate', () => this.restore());
    window.addEventListener('pageshow', (e) => e.persisted && this.restore());
  }

  private wireStars() {
    window.addEventListener(STARS_EVENT, () => this.render());
    q(this, '[data-starred-toggle]')?.addEventListener('click', () => {
      this.state.starred = !this.state.starred;
      this.render();
    });
    q(this, '[data-export]')?.addEventListener('click', () => void this.exportStarred());
    q(this, '[data-share]')?.addEventListener('click', () => void this.shareStarred());
    q(this, '[data-star-picks]')?.addEventListener('click', () => {
      const codes = new Set(this.state.picks);
      setStarred(
        this.items.filter((i) => codes.has(i.code!)).map((i) => i.slug),
        true,
      );
      this.note('Added to My schedule.');
    });
    q(this, '[data-clear-picks]')?.addEventListener('click', () => {
      this.state.picks = [];
      this.render();
    });
  }

  private note(text: string) {
    const el = q(this, '[data-mine-note]');
    if (el) el.textContent = text;
  }

  private starredItems() {
    const set = new Set(starredSlugs());
    return this.items.filter((i) => set.has(i.slug));
  }

  /** Download the starred sessions as one calendar, merged from their per-session files. */
  private async exportStarred() {
    const items = this.starredItems();
    if (!items.length) return;
    try {
      const base = import.meta.env.BASE_URL.replace(/\/$/, '');
      const files = await Promise.all(
        items.map((i) =>
          fetch(`${base}/sessions/${encodeURIComponent(i.slug)}.ics`).then((r) => {
            if (!r.ok) throw new Error(String(r.status));
            return r.text();
          }),
        ),
      );
      const { mergeCalendars } = await import('../lib/favourites');
      const blob = new Blob([mergeCalendars(files, 'My IstioCon 2022 schedule')], { type: 'text/calendar' });
      const a = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(blob),
        download: 'my-istiocon-2022.ics',
      });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      this.note(`Downloaded ${items.length} session${items.length === 1 ? '' : 's'} as a calendar file.`);
    } catch {
      this.note('The calendar could not be made right now. Each session page has its own calendar file.');
    }
  }

  /** Copy a link that shows the starred sessions to whoever opens it. */
  private async shareStarred() {
    const codes = this.starredItems().map((i) => i.code!);
    if (!codes.length) return;
    const url = new URL(location.pathname, location.href);
    url.search = `picks=${codes.join(',')}`;
    try {
      await navigator.clipboard.writeText(url.href);
      this.note('Link copied. Whoever opens it sees your sessions and can add them to their own schedule.');
    } catch {
      this.note(`Copy this link: ${url.href}`);
    }
  }

  private restore() {
    this.readUrl();
    this.updateTimes();
    this.render();
  }

  private showOther(show: boolean) {
    const box = q<HTMLElement>(this, '.zone-other')!;
    box.hidden = !show;
    if (!show) return;
    const list = q<HTMLDataListElement>(this, '#tz-list')!;
    if (!list.childElementCount && 'supportedValuesOf' in Intl) {
      const zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
      list.replaceChildren(...zones.map((z) => Object.assign(document.createElement('option'), { value: z })));
    }
  }

  private setChoice(choice: ZoneChoice) {
    this.choice = choice;
    this.zone = resolveZone(choice);
    this.state.tz = choice === 'local' ? undefined : this.zone;
    storeChoice(choice);
    this.syncZoneSelect();
    this.updateTimes();
    this.render();
  }

  /** Put the state into the form controls. */
  private syncControls() {
    const input = q<HTMLInputElement>(this, '#q');
    if (input && input.value !== this.state.q) input.value = this.state.q;
    for (const box of qa<HTMLInputElement>(this, '[data-facet] input[type=checkbox]')) {
      box.checked = this.state[box.name as (typeof FACETS)[number]].includes(box.value);
    }
    this.syncZoneSelect();
  }

  private syncZoneSelect() {
    const select = q<HTMLSelectElement>(this, '#tz');
    if (!select) return;
    const device = canonicalZone(resolveZone('local'));
    const local = q<HTMLOptionElement>(select, 'option[value="local"]');
    if (local && device) local.textContent = `My time (${device.replace(/_/g, ' ')})`;
    const value = this.choice === 'local' ? 'local' : this.zone;
    if (!qa<HTMLOptionElement>(select, 'option').some((o) => o.value === value)) {
      const opt = Object.assign(document.createElement('option'), { value, textContent: value.replace(/_/g, ' ') });
      select.insertBefore(opt, q(select, 'option[value="other"]'));
    }
    select.value = value;
  }

  /** Rewrite every clock for the displayed zone. */
  private updateTimes() {
    const zone = this.zone;
    const first = this.items[0]?.start ?? new Date(0).toISOString();
    const note = q<HTMLElement>(this, '[data-zone-note]');
    if (note) {
      const whose = this.choice === 'local' ? 'your time, ' : '';
      note.replaceChildren(
        'Times are in ',
        Object.assign(document.createElement('strong'), {
          textContent: zone === UTC ? 'UTC' : `${whose}${zoneLabel(zone, first)}`,
        }),
        zone === UTC ? '.' : '. Each session also shows its time in UTC.',
      );
    }
    for (const item of this.items) {
      const article = item.article;
      // Write only what changes: an untouched page (a UTC visitor) costs no layout at all.
      const put = (el: Element | null, text: string) => {
        if (el && el.textContent !== text) el.textContent = text;
      };
      const times = qa<HTMLTimeElement>(article, '.clock time');
      put(times[0], localTime(item.start, zone));
      put(times[1], localTime(item.end, zone));
      const set = (sel: string, text: string) => put(q(article, sel), text);
      set('.zone', zone === UTC ? 'UTC' : formatOffset(offsetMinutes(item.start, zone)));
      set('.date', `${formatDay(localDate(item.start, zone), LOCALE, 'short')}, `);
      const shift = dayShift(item.start, zone);
      set('.shift', shift ? `${dayShiftLabel(shift)} from UTC` : '');
      const duration = formatDuration(minutesBetween(item.start, item.end));
      set(
        '.alt',
        zone === UTC ? duration : `${localTime(item.start, UTC)}–${localTime(item.end, UTC)} UTC · ${duration}`,
      );
    }
    this.view.regroup(zone);
  }

  private loadSearch(): Promise<void> {
    this.searchLoad ??= (async () => {
      try {
        const [{ createSearch, highlight }, docs] = await Promise.all([
          import('../lib/search'),
          fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/search.json`).then((r) => {
            if (!r.ok) throw new Error(`search.json: ${r.status}`);
            return r.json();
          }),
        ]);
        this.search = createSearch(docs);
        this.docs = docs;
        this.marker = highlight;
      } catch {
        this.searchFailed = true;
      }
      this.render();
    })();
    return this.searchLoad;
  }

  /** Show what the state selects: days (or ranked results), counts, status and URL. */
  private render() {
    const { state } = this;
    const hits = state.q && this.search ? this.search(state.q) : undefined;
    const matches = hits ? new Set(hits.map((h) => h.slug)) : undefined;
    const starred = new Set(starredSlugs());
    let visible = applyFilters(this.items, state, { matches, starred });
    const searching = state.q !== '' && !!hits;

    if (searching) {
      const rank = new Map(hits.map((h, i) => [h.slug, i]));
      visible = [...visible].sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
    }
    const now = this.now();
    const day = this.view.show({ visible, zone: this.zone, query: searching ? state.q : '', day: state.day, now });
    if (day && state.day) state.day = day;
    this.renderLive(now);
    this.highlight(hits);

    this.renderElsewhere(hits);
    this.renderStars(starred);
    const counts = facetCounts(this.items, state, { matches, starred });
    for (const box of qa<HTMLInputElement>(this, '[data-facet] input[type=checkbox]')) {
      const n = counts[box.name as (typeof FACETS)[number]][box.value] ?? 0;
      const label = box.closest('label')!;
      q(label, '[data-count]')!.textContent = String(n);
      label.classList.toggle('zero', n === 0 && !box.checked);
    }
    const active = activeFilterCount(state);
    q(this, '[data-active-count]')!.textContent = active ? String(active) : '';
    const clear = q<HTMLButtonElement>(this, '[data-clear]');
    if (clear) clear.disabled = active === 0;

    let status = showingLabel(visible.length, this.items.length);
    if (state.q && !hits) status = this.searchFailed ? 'Search is unavailable right now.' : 'Loading search…';
    else if (state.q) status += ` matching “${state.q}”`;
    q(this, '[data-status]')!.textContent = status;
    q<HTMLElement>(this, '[data-empty]')!.hidden = visible.length > 0 || (!!state.q && !hits);

    const query = serializeState(state);
    replaceQuery(query);
    this.dataset.narrowed = String(isNarrowed(state));
    // The list and the grid share their state: links between them carry it (but not the grid's day).
    const shared = serializeState({ ...state, day: undefined });
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
      a.search = shared ? `?${shared}` : '';
    }
  }

  private renderStars(starred: ReadonlySet<string>) {
    const mine = this.items.filter((i) => starred.has(i.slug));
    const clash = conflicts(mine);
    for (const item of this.items) {
      const flag = q<HTMLElement>(item.li, '[data-conflict]');
      if (flag) flag.hidden = !clash.has(item.slug);
    }
    const toggle = q<HTMLButtonElement>(this, '[data-starred-toggle]');
    if (toggle) toggle.setAttribute('aria-pressed', String(this.state.starred));
    const count = q(this, '[data-star-count]');
    if (count) count.textContent = String(mine.length);
    for (const b of qa<HTMLButtonElement>(this, '[data-export], [data-share]')) b.hidden = mine.length === 0;
    const status = starStatus();
    if (status !== 'ok') {
      this.note(
        status === 'unavailable'
          ? 'This browser is not keeping favourites (storage is off or full): stars last until you leave the page.'
          : 'Saved favourites could not be read and were reset.',
      );
    }
    const shared = q<HTMLElement>(this, '[data-shared]');
    if (shared) {
      shared.hidden = this.state.picks.length === 0;
      const n = this.state.picks.length;
      q(shared, '[data-shared-count]')!.textContent = `${n} session${n === 1 ? '' : 's'}`;
    }
  }

  /** A large program's day page: list the search matches that are on other days' pages. */
  private renderElsewhere(hits: Hit[] | undefined) {
    const box = q<HTMLElement>(this, '[data-elsewhere]');
    if (!box) return;
    const here = new Set(this.items.map((i) => i.slug));
    const docs = new Map(this.docs.map((d) => [d.slug, d]));
    const others = (hits ?? []).filter((h) => !here.has(h.slug) && docs.has(h.slug)).slice(0, 30);
    box.hidden = others.length === 0;
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    q(box, 'ul')!.replaceChildren(
      ...others.map((h) => {
        const doc = docs.get(h.slug)!;
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), {
          href: `${base}${sessionPath(doc.slug)}`,
          textContent: doc.title,
        });
        const when = Object.assign(document.createElement('span'), {
          className: 'muted',
          textContent: ` — ${formatDay(localDate(doc.start, this.zone), LOCALE, 'short')}, ${localTime(doc.start, this.zone)}`,
        });
        li.append(a, when);
        return li;
      }),
    );
  }

  /** The instant treated as now: the URL's `now` (a preview), else the clock. */
  private now(): number {
    return this.state.now ? Date.parse(this.state.now) : Date.now();
  }

  /** "Live" and "Up next" marks, and the bar that offers to jump to now while the conference runs. */
  private renderLive(now: number) {
    const { live, next } = liveState(this.items, now);
    const mark = new Map<string, string>([
      ...next.map((s) => [s, 'next'] as const),
      ...live.map((s) => [s, 'live'] as const),
    ]);
    for (const item of this.items) {
      const kind = mark.get(item.slug);
      const old = q(item.article, '.flag');
      if (kind) item.article.dataset.live = kind;
      else delete item.article.dataset.live;
      if (old && old.getAttribute('data-kind') !== kind) old.remove();
      if (kind && (!old || old.getAttribute('data-kind') !== kind)) {
        const flag = Object.assign(document.createElement('strong'), {
          className: `flag flag-${kind}`,
          textContent: kind === 'live' ? 'Live' : 'Up next',
        });
        flag.dataset.kind = kind;
        q(item.article, '.when')?.prepend(flag, ' ');
      }
    }
    const bar = q<HTMLElement>(this, '[data-now-bar]');
    if (!bar) return;
    const running = isRunning(this.items, now);
    bar.hidden = !running;
    if (!running) return;
    const title = (slug: string) => this.items.find((i) => i.slug === slug)?.titleText ?? '';
    q(bar, '[data-now-text]')!.textContent = live.length
      ? `Live now: ${live.map(title).join(' · ')}`
      : next.length
        ? `Up next at ${localTime(this.items.find((i) => i.slug === next[0])!.start, this.zone)}: ${next.map(title).join(' · ')}`
        : '';
  }

  private highlight(hits: Hit[] | undefined) {
    for (const item of this.highlighted) item.title.textContent = item.titleText;
    this.highlighted.clear();
    const mark = this.marker;
    if (!hits || !mark) return;
    const bySlug = new Map(this.items.map((i) => [i.slug, i]));
    for (const hit of hits) {
      const item = bySlug.get(hit.slug);
      if (!item || !hit.title.length) continue;
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

customElements.define('ic-program', IcProgram);
