/** /schedule.ics: the whole program as a subscribable calendar feed. */
import type { APIRoute } from 'astro';
import { getProgram } from '../data/program';
import { absoluteBase } from '../lib/absolute-url';
import { programCalendar } from '../lib/calendar-feeds';
import { ICS_CONTENT_TYPE } from '../lib/ics';

export const GET: APIRoute = async ({ site }) => {
  const body = programCalendar(await getProgram(), absoluteBase(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
};
