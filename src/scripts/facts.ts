/**
 * Rewrites the time facts of a page (or part of one) in a zone, writing only the text that
 * changes. A long list is done in slices: the first ones at once (they are on screen), the rest a
 * slice per task, so a 340-session day never blocks the page for long.
 */
import { factParts, type FactContext, type FactKind } from '../lib/facts';

/** Facts done at once; the rest follow in slices of this size, one per task. */
const SLICE = 40;

/** One element with `data-fact`: its parts get the texts `factParts` gives for `zone`. */
export function renderFact(el: HTMLElement, zone: string, ctx: FactContext) {
  // A card's fact takes its instants from the card (src/components/Fact.astro, `inherit`).
  const { fact, start, end } = el.dataset.start
    ? el.dataset
    : { ...el.closest<HTMLElement>('[data-start]')?.dataset, fact: el.dataset.fact };
  if (!fact || !start || !end) return;
  const parts = factParts(fact as FactKind, start, end, zone, ctx);
  const targets = el.dataset.part ? [el] : el.querySelectorAll<HTMLElement>('[data-part]');
  for (const target of targets) {
    const text = parts[target.dataset.part ?? ''] ?? '';
    if (target.textContent !== text) target.textContent = text;
  }
  if ('late' in parts && el.hasAttribute('data-late') !== (parts.late === '1'))
    el.toggleAttribute('data-late', parts.late === '1');
}

let generation = 0;

/** Every fact under `root`; a later call stops the slices of an earlier one. */
export function renderFacts(root: ParentNode, zone: string, ctx: FactContext) {
  const facts = [...root.querySelectorAll<HTMLElement>('[data-fact]')];
  const mine = ++generation;
  const slice = (from: number) => {
    if (mine !== generation) return;
    for (const el of facts.slice(from, from + SLICE)) renderFact(el, zone, ctx);
    if (from + SLICE < facts.length) setTimeout(() => slice(from + SLICE), 0);
  };
  slice(0);
}
