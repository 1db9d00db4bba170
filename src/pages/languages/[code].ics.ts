/** /languages/<code>.ics: the sessions in one language as a subscribable calendar feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgram } from '../../data/program';
import { absoluteBase } from '../../lib/absolute-url';
import { languageCalendar } from '../../lib/calendar-feeds';
import { ICS_CONTENT_TYPE } from '../../lib/ics';

export const getStaticPaths = (async () => {
  const program = await getProgram();
  return program.languages.map((language) => ({ params: { code: language.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body = languageCalendar(await getProgram(), String(params.code), absoluteBase(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
};
