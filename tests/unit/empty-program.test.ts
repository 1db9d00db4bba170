/**
 * A program with no sessions yet (tests/fixtures/programs/empty/) loads, and every function of
 * src/lib that takes a program or its sessions copes with it: no throw, an empty answer.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { c3vocJson } from '../../src/lib/c3voc';
import { programCalendar } from '../../src/lib/calendar-feeds';
import { facetOptions } from '../../src/lib/facet-options';
import { applyFilters, facetCounts } from '../../src/lib/filter';
import { frabXml } from '../../src/lib/frab';
import { chooseDay, gridDays, layoutDays } from '../../src/lib/grid';
import { createTranslator } from '../../src/lib/i18n';
import { createLookup } from '../../src/lib/lookup';
import { dayPageRoutes, dayPages, onDay } from '../../src/lib/paging';
import { conflicts, groupByDay, isRunning, liveState, neighbourFinder, sortSessions } from '../../src/lib/schedule';
import { createSearch } from '../../src/lib/search';
import { programSearchDocs } from '../../src/lib/search-docs';
import { validateProgram } from '../../src/lib/validate';
import { emptyState } from '../../src/lib/url-state';
import { EMPTY_CONTENT, loadProgram } from '../helpers/content';

const program = loadProgram(EMPTY_CONTENT);
const { sessions, event } = program;
const NOW = Date.parse('2024-11-02T14:00:00Z');

describe('an empty program', () => {
  it('loads with its event, rooms and languages, and no sessions', () => {
    expect(sessions).toEqual([]);
    expect(event).toMatchObject({ id: 'empty-conf', timeZone: 'America/New_York', firstDay: '2024-11-02' });
    expect(program.rooms.map((r) => r.slug)).toEqual(['main']);
    expect(validateProgram(program)).toEqual([]);
  });

  it('has no days, neighbours, live sessions or conflicts', () => {
    expect(sortSessions(sessions)).toEqual([]);
    expect(groupByDay(sessions, event.timeZone, event.dayChange)).toEqual([]);
    expect(liveState(sessions, NOW)).toEqual({ live: [], next: [] });
    expect(isRunning(sessions, NOW)).toBe(false);
    expect(conflicts(sessions).size).toBe(0);
    expect(typeof neighbourFinder(sessions)).toBe('function');
  });

  it('has no filter options, matches or search hits', () => {
    expect(applyFilters([], emptyState())).toEqual([]);
    expect(facetCounts([], emptyState()).recording).toBe(0);
    expect(facetOptions(program, sessions, createTranslator('en', en))).toEqual({
      language: [],
      track: [],
      type: [],
      room: [],
      recording: 0,
    });
    const docs = programSearchDocs(program);
    expect(docs).toEqual([]);
    expect(createSearch(docs)('anything')).toEqual([]);
    expect(createLookup(program).sessionsOf('anyone')).toEqual([]);
  });

  it('has no day pages and no timetable days', () => {
    const rule = { zone: event.timeZone, dayChange: event.dayChange };
    expect(dayPages(sessions, 0, rule)).toBeNull();
    expect(dayPageRoutes(sessions, 0, rule)).toEqual([]);
    expect(onDay(sessions, event.firstDay, rule)).toEqual([]);
    expect(gridDays(sessions, event.timeZone)).toEqual([]);
    expect(layoutDays(sessions, program.rooms, event.timeZone)).toEqual([]);
    expect(chooseDay([], event.timeZone, { now: NOW })).toBeUndefined();
  });

  it('exports calendars and schedules without events', () => {
    const ics = programCalendar(program, 'https://x.example.org/');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toMatch(/END:VCALENDAR\r?\n?$/);
    expect(ics).not.toContain('BEGIN:VEVENT');
    const xml = frabXml(program, { baseUrl: 'https://x.example.org/' });
    expect(xml).toContain('<schedule>');
    expect(xml).not.toContain('<event ');
    expect(() => JSON.stringify(c3vocJson(program, { baseUrl: 'https://x.example.org/' }))).not.toThrow();
  });
});
