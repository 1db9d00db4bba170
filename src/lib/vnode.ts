/**
 * A tiny description of markup, for what both the server and the island build (the timetable's
 * scaffold): one pure function returns nodes, src/components/VNode.astro renders them at build time
 * and src/scripts/vnode.ts builds them in the browser, setting styles through CSSOM (which the
 * Content-Security-Policy allows, where a style attribute written by script would be refused).
 */
export interface VNode {
  tag: string;
  /** Attributes, `class` included; undefined values are left out. */
  attrs?: Record<string, string | undefined>;
  /** CSS properties, kebab-case ("grid-row"). */
  style?: Record<string, string>;
  text?: string;
  children?: VNode[];
}

export const h = (
  tag: string,
  attrs: VNode['attrs'] = {},
  style?: VNode['style'],
  ...content: (VNode | string)[]
): VNode => {
  const text = content.filter((c): c is string => typeof c === 'string').join('');
  const children = content.filter((c): c is VNode => typeof c !== 'string');
  return {
    tag,
    attrs,
    ...(style ? { style } : {}),
    ...(text ? { text } : {}),
    ...(children.length ? { children } : {}),
  };
};

/** A style record as an attribute value: "grid-row: 2; grid-column: 1 / -1". */
export const styleText = (style: Record<string, string>) =>
  Object.entries(style)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
