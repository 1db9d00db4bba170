/** /schedule.json: the program in the c3voc schedule.json format. */
import type { APIRoute } from 'astro';
import { getProgram } from '../data/program';
import { absoluteBase } from '../lib/absolute-url';
import { c3vocJson, JSON_CONTENT_TYPE } from '../lib/c3voc';

export const GET: APIRoute = async ({ site }) => {
  const schedule = c3vocJson(await getProgram(), { baseUrl: absoluteBase(site, import.meta.env.BASE_URL) });
  return new Response(`${JSON.stringify(schedule, null, 2)}\n`, { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
};
