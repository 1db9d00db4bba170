/** /sessions/<slug>.ics: one session as a calendar file to import. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgram } from '../../data/program';
import { absoluteBase } from '../../lib/absolute-url';
import { sessionCalendar } from '../../lib/calendar-feeds';
import { ICS_CONTENT_TYPE } from '../../lib/ics';
import type { Session } from '../../lib/types';

export const getStaticPaths = (async () => {
  const program = await getProgram();
  return program.sessions.map((session) => ({ params: { slug: session.slug }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: Session }> = async ({ props, site }) => {
  const body = sessionCalendar(await getProgram(), props.session, absoluteBase(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
};
