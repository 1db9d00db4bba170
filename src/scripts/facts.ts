/** Rewrites the time facts of a page (or part of one) in a zone, writing only the text that changes. */
import { factParts, type FactContext, type FactKind } from '../lib/facts';

/** One element with `data-fact`: its parts get the texts `factParts` gives for `zone`. */
export function renderFact(el: HTMLElement, zone: string, ctx: FactContext) {
  const { fact, start, end } = el.dataset;
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

/** Every fact under `root`. */
export function renderFacts(root: ParentNode, zone: string, ctx: FactContext) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-fact]')) renderFact(el, zone, ctx);
}
