/** The day chips (list) or tabs (timetable), rebuilt only when the days or their counts change. */
import { formatDay } from '../../lib/time';
import { t } from '../config';

export interface NavDay {
  date: string;
  count: number;
}

/** Make `nav` list `days` as links to `${anchor}${date}`; `current` gets aria-current. */
export function renderDayNav(nav: HTMLElement, days: readonly NavDay[], anchor: '#d-' | '#day-', current?: string) {
  const key = days.map((d) => `${d.date}:${d.count}`).join(' ');
  const list = nav.querySelector('ul');
  if (!list) return;
  if (nav.dataset.shown !== key) {
    nav.dataset.shown = key;
    const intl = t().intl;
    list.replaceChildren(
      ...days.map((d) => {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: `${anchor}${d.date}` });
        a.dataset.day = d.date;
        a.classList.toggle('empty', d.count === 0);
        const n = Object.assign(document.createElement('span'), { className: 'n', textContent: String(d.count) });
        a.append(`${formatDay(d.date, intl, 'short')} `, n);
        li.append(a);
        return li;
      }),
    );
    nav.hidden = days.length < 2;
  }
  for (const a of list.querySelectorAll<HTMLAnchorElement>('a[data-day]')) {
    if (current === undefined) a.removeAttribute('aria-current');
    else a.setAttribute('aria-current', String(a.dataset.day === current));
  }
}
