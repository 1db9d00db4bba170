"""Read iCalendar files with python3-icalendar (Debian's) and print what it understood, as JSON.

Usage: /usr/bin/python3 parse-icalendar.py FILE...
Prints one object per file: its calendar properties, the parse errors icalendar collected, and
every VEVENT's UID, SUMMARY, DTSTART/DTEND (ISO, UTC), URL, LOCATION, DESCRIPTION, CATEGORIES.
"""

import json
import sys

from icalendar import Calendar


def text(value):
    return None if value is None else str(value)


def categories(value):
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(c) for item in items for c in getattr(item, 'cats', [item])]


def event(ev):
    return {
        'uid': text(ev.get('uid')),
        'summary': text(ev.get('summary')),
        'start': ev.decoded('dtstart').isoformat(),
        'end': ev.decoded('dtend').isoformat(),
        'stamp': ev.decoded('dtstamp').isoformat(),
        'url': text(ev.get('url')),
        'location': text(ev.get('location')),
        'description': text(ev.get('description')),
        'categories': categories(ev.get('categories')),
        'errors': [list(e) for e in ev.errors],
    }


def parse(path):
    with open(path, 'rb') as f:
        cal = Calendar.from_ical(f.read())
    return {
        'file': path,
        'prodid': text(cal.get('prodid')),
        'version': text(cal.get('version')),
        'name': text(cal.get('x-wr-calname')),
        'errors': [list(e) for e in cal.errors],
        'events': [event(ev) for ev in cal.walk('VEVENT')],
    }


if __name__ == '__main__':
    json.dump([parse(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)
