/** /tracks/<slug>.ics: one track's sessions as a subscribable calendar feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgram } from '../../data/program';
import { absoluteBase } from '../../lib/absolute-url';
import { trackCalendar } from '../../lib/calendar-feeds';
import { ICS_CONTENT_TYPE } from '../../lib/ics';

export const getStaticPaths = (async () => {
  const program = await getProgram();
  return program.tracks.map((track) => ({ params: { slug: track.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body = trackCalendar(await getProgram(), String(params.slug), absoluteBase(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
};
