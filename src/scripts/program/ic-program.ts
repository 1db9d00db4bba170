/**
 * <ic-program>: the island over the server-rendered program (list or timetable). It owns the view
 * state and the order of a render; each feature (zone picker, search, filters, My schedule, live
 * marks) is its own module. All state lives in the URL. Logic comes from src/lib.
 */
import { applyFilters } from '../../lib/filter';
import {
  clearedState,
  dayFromHash,
  isNarrowed,
  parseState,
  serializeState,
  type ViewState,
  type Vocabulary,
} from '../../lib/url-state';
import { zoneNote } from '../../lib/facts';
import { isRunning } from '../../lib/schedule';
import { UTC } from '../../lib/time';
import type { Room } from '../../lib/types';
import { factContext, t } from '../config';
import { replaceQuery } from '../dom';
import { renderFacts } from '../facts';
import { STARS_EVENT, starredSlugs, wireStars } from '../stars';
import { initialChoice, resolveZone, storeChoice, type ZoneChoice } from '../zone-choice';
import { Facets } from './facets';
import { readItems, type Item, type ProgramView, type RenderContext } from './items';
import { ListView } from './list-view';
import type { Live } from './live';
import { MySchedule } from './my-schedule';
import { Search } from './search';
import { ZonePicker } from './zone-picker';

class IcProgram extends HTMLElement {
  private items: Item[] = [];
  private vocab!: Vocabulary;
  private state!: ViewState;
  private choice: ZoneChoice = 'local';
  private zone = UTC;
  private view!: ProgramView;
  private picker!: ZonePicker;
  private search!: Search;
  private facets!: Facets;
  private mine!: MySchedule;
  /** The live marks, loaded only while the conference runs. */
  private live?: Live;
  private liveLoad?: Promise<void>;

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
        this.view = new GridView(this, this.items, rooms, (day) => this.change((s) => (s.day = day)));
        this.start();
      });
    } else {
      const days = this.querySelector<HTMLElement>('[data-days]');
      this.view = days
        ? new ListView(days, this.querySelector('[data-daynav]'), () => this.render())
        : { regroup() {}, show: () => undefined, jumpTo: () => undefined };
      this.start();
    }
  }

  private start() {
    const change = (apply: (s: ViewState) => void) => this.change(apply);
    this.picker = new ZonePicker(this, (choice) => this.setChoice(choice));
    this.search = new Search(this, (q) => this.change((s) => (s.q = q), false));
    this.facets = new Facets(this, change);
    this.mine = new MySchedule(this, this.items, change);
    this.vocab = { ...this.facets.vocabulary(), codes: this.items.map((i) => i.code) };
    this.readUrl();
    this.facets.reveal(this.state);
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      'input, select, button',
    ))
      el.disabled = false;
    this.querySelector('[data-clear]')?.addEventListener('click', () => this.clear());
    this.querySelector('[data-clear-all]')?.addEventListener('click', () => this.clear());
    wireStars();
    window.addEventListener(STARS_EVENT, () => this.render());
    window.addEventListener('popstate', () => this.restore());
    window.addEventListener('pageshow', (e) => e.persisted && this.restore());
    this.updateTimes();
    this.render();
  }

  /** While the conference runs, load the live marks; the list then opens on what is on now. */
  private loadLive() {
    this.liveLoad ??= import('./live').then(({ Live }) => {
      this.live = new Live(this, this.items, () => {
        const day = this.view.jumpTo(this.now(), this.zone, this.live?.live ?? []);
        if (day) this.change((s) => (s.day = day));
      });
      this.render();
      if (this.dataset.view !== 'grid' && !location.hash && !this.state.q)
        this.view.jumpTo(this.now(), this.zone, this.live.live);
    });
  }

  /** Change the state and show it (`sync`: also put it back into the controls). */
  private change(apply: (s: ViewState) => void, sync = true) {
    apply(this.state);
    if (sync) this.search.sync(this.state.q);
    this.render();
  }

  private clear() {
    this.state = clearedState(this.state);
    this.search.sync('');
    this.render();
    this.search.input?.focus();
  }

  /** Read the state (and the zone choice) from the address bar. */
  private readUrl() {
    this.state = parseState(location.search, this.vocab);
    // A day link from the page without JavaScript (#day-2022-04-26) names the day too.
    if (this.dataset.view === 'grid') this.state.day ??= dayFromHash(location.hash);
    this.choice = initialChoice(this.state.tz);
    this.zone = resolveZone(this.choice);
    this.search.sync(this.state.q);
    this.picker.sync(this.choice, this.zone);
  }

  private restore() {
    this.readUrl();
    this.updateTimes();
    this.render();
  }

  private setChoice(choice: ZoneChoice) {
    this.choice = choice;
    this.zone = resolveZone(choice);
    this.state.tz = choice === 'local' ? undefined : this.zone;
    storeChoice(choice);
    this.picker.sync(choice, this.zone);
    this.updateTimes();
    this.render();
  }

  /** Rewrite every time for the displayed zone, then regroup the view. */
  private updateTimes() {
    const note = this.querySelector('[data-zone-note]');
    const text = zoneNote(this.zone, this.choice === 'local', this.items[0]?.start ?? 0, t());
    if (note && note.textContent !== text) note.textContent = text;
    renderFacts(document, this.zone, factContext());
    this.view.regroup(this.zone);
  }

  /** The instant treated as now: the URL's `now` (a preview), else the clock. */
  private now(): number {
    return this.state.now ? Date.parse(this.state.now) : Date.now();
  }

  /** Show what the state selects: the view, marks, counts, status and URL, in that order. */
  private render() {
    const { state } = this;
    const hits = this.search.hits(state.q);
    const matches = hits ? new Set(hits.map((h) => h.slug)) : undefined;
    const starred = new Set(starredSlugs());
    let visible = applyFilters(this.items, state, { matches, starred });
    if (hits) {
      const rank = new Map(hits.map((h, i) => [h.slug, i]));
      visible = visible.sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
    }
    const now = this.now();
    const narrowed = isNarrowed(state);
    const query = hits ? state.q : '';
    const day = this.view.show({ visible, zone: this.zone, query, day: state.day, now, narrowed });
    if (day && state.day) state.day = day;
    const ctx: RenderContext = { state, items: this.items, visible, hits, zone: this.zone, now, starred };
    if (this.live) this.live.render(ctx);
    else if (isRunning(this.items, now)) this.loadLive();
    this.search.render(this.items, hits, this.zone);
    this.facets.render(ctx, { matches, starred });
    this.mine.render(ctx);
    this.renderStatus(visible.length, hits);
  }

  private renderStatus(shown: number, hits: ReturnType<Search['hits']>) {
    const { state } = this;
    const total = this.items.length;
    let status = total
      ? t()(shown === total ? 'status.all' : 'status.some', { n: total, shown })
      : t()('empty.program');
    if (state.q && !hits) status = t()(this.search.failed ? 'status.failed' : 'status.loading');
    else if (state.q) status = t()('status.matching', { status, q: state.q });
    const line = this.querySelector('[data-status]');
    if (line && line.textContent !== status) line.textContent = status;
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown > 0 || (!!state.q && !hits) || total === 0;
    replaceQuery(serializeState(state));
    this.dataset.narrowed = String(isNarrowed(state));
    // The list and the timetable share their state: links between them carry it (but not the day).
    const shared = serializeState({ ...state, day: undefined });
    const all = serializeState(state);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
      const query = a.dataset.keepQuery === 'all' ? all : shared;
      a.search = query ? `?${query}` : '';
    }
  }
}

customElements.define('ic-program', IcProgram);
