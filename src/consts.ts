/** Site-wide constants that are engineering choices, not facts about an event (those live in event.yaml). */

/** Past this many sessions, the list and the timetable get one page per conference day (src/lib/paging.ts). */
export const LIST_PAGE_LIMIT = 300;
