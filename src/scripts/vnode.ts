/** Builds a markup description (src/lib/vnode.ts) as DOM; styles go through CSSOM, never a style attribute. */
import type { VNode } from '../lib/vnode';

/** The element for `node`; a `#slot` node becomes nothing (the caller fills the parent). */
export function build(node: VNode): HTMLElement | null {
  if (node.tag === '#slot') return null;
  const el = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) if (value !== undefined) el.setAttribute(name, value);
  for (const [prop, value] of Object.entries(node.style ?? {})) el.style.setProperty(prop, value);
  if (node.text) el.textContent = node.text;
  for (const child of node.children ?? []) {
    const built = build(child);
    if (built) el.append(built);
  }
  return el;
}
