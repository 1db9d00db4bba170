/**
 * The filters: facet checkboxes with live counts, the language choice above the list (links that
 * become a filter), the recording filter, the "filter the options" boxes of long facets, Clear.
 */
import { facetCounts, type Constraints } from '../../lib/filter';
import { activeFilterCount, type Facet, type ViewState, type Vocabulary } from '../../lib/url-state';
import type { Item, RenderContext } from './items';

type Change = (apply: (state: ViewState) => void) => void;

export class Facets {
  private boxes: HTMLInputElement[];
  private choice: HTMLAnchorElement[];
  private recording: HTMLInputElement | null;

  constructor(
    private root: HTMLElement,
    change: Change,
  ) {
    this.boxes = [...root.querySelectorAll<HTMLInputElement>('[data-facet] input[type=checkbox]')];
    this.choice = [...root.querySelectorAll<HTMLAnchorElement>('[data-language-choice] a')];
    this.recording = root.querySelector('[data-recording]');
    for (const box of this.boxes)
      box.addEventListener('change', () =>
        change((s) => {
          const facet = box.name as Facet;
          const set = new Set(s[facet]);
          if (box.checked) set.add(box.value);
          else set.delete(box.value);
          s[facet] = this.vocabulary()[facet].filter((v) => set.has(v));
        }),
      );
    for (const a of this.choice)
      a.addEventListener('click', (e) => {
        e.preventDefault();
        change((s) => (s.language = a.dataset.value ? [a.dataset.value] : []));
      });
    this.recording?.addEventListener('change', () => change((s) => (s.recording = this.recording!.checked)));
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-option-filter]'))
      input.addEventListener('input', () => {
        const q = input.value.trim().toLowerCase();
        for (const label of input.closest('[data-facet]')!.querySelectorAll<HTMLElement>('[data-option]'))
          label.hidden = q !== '' && !label.dataset.option!.includes(q);
      });
  }

  /** The values each facet offers on this page (anything else in the URL is ignored). */
  vocabulary(): Vocabulary {
    const values = (facet: Facet) => [
      ...new Set([
        ...this.boxes.filter((b) => b.name === facet).map((b) => b.value),
        ...(facet === 'language' ? this.choice.map((a) => a.dataset.value!).filter(Boolean) : []),
      ]),
    ];
    return { language: values('language'), track: values('track'), type: values('type'), room: values('room') };
  }

  /** Open the panel when filters arrive in the URL, so the visitor sees why the list is short. */
  reveal(state: ViewState) {
    const panelFilters = activeFilterCount(state) - (this.choice.length ? state.language.length : 0);
    if (panelFilters > 0) this.root.querySelector<HTMLDetailsElement>('[data-filters]')!.open = true;
  }

  render({ state, items }: RenderContext, constraints: Constraints, all: readonly Item[] = items) {
    const counts = facetCounts(all, state, constraints);
    for (const box of this.boxes) {
      const facet = box.name as Facet;
      box.checked = state[facet].includes(box.value);
      const n = counts[facet][box.value] ?? 0;
      const label = box.closest('label')!;
      const count = label.querySelector('[data-count]');
      if (count && count.textContent !== String(n)) count.textContent = String(n);
      label.classList.toggle('zero', n === 0 && !box.checked);
    }
    const chosen = state.language.length === 1 ? state.language[0] : '';
    for (const a of this.choice) a.setAttribute('aria-current', String((a.dataset.value ?? '') === chosen));
    if (this.recording) {
      this.recording.checked = state.recording;
      const count = this.recording.closest('label')!.querySelector('[data-count]');
      if (count) count.textContent = String(counts.recording);
    }
    const active = activeFilterCount(state) - (this.choice.length ? state.language.length : 0);
    const badge = this.root.querySelector('[data-active-count]');
    if (badge) badge.textContent = active > 0 ? String(active) : '';
    const clear = this.root.querySelector<HTMLButtonElement>('[data-clear]');
    if (clear) clear.disabled = activeFilterCount(state) === 0;
  }
}
