/**
 * What My schedule does on request, loaded on the first click: the calendar file of the starred
 * sessions (merged from their per-session files) and the share link (`?picks=codes`).
 */
import { mergeCalendars } from '../../lib/my-schedule-calendar';
import { siteConfig, sitePath, t } from '../config';
import type { Item } from './items';

/** Download the sessions as one calendar; returns what to tell the visitor. */
export async function exportCalendar(items: readonly Item[]): Promise<string> {
  try {
    const files = await Promise.all(
      items.map(async (i) => {
        const r = await fetch(sitePath(`/sessions/${encodeURIComponent(i.slug)}.ics`));
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      }),
    );
    const name = t()('mine.calendarName', { event: siteConfig().event });
    const blob = new Blob([mergeCalendars(files, name)], { type: 'text/calendar' });
    const a = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `${siteConfig().storagePrefix}-my-schedule.ics`,
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    return t()('mine.exported', { n: items.length });
  } catch {
    return t()('mine.exportFailed');
  }
}

/** Copy a link that shows the sessions to whoever opens it; returns what to tell the visitor. */
export async function shareLink(items: readonly Item[]): Promise<string> {
  const url = new URL(location.pathname, location.href);
  url.search = `picks=${items.map((i) => encodeURIComponent(i.code)).join(',')}`;
  try {
    await navigator.clipboard.writeText(url.href);
    return t()('mine.copied');
  } catch {
    return t()('mine.copyThis', { url: url.href });
  }
}
