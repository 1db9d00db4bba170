/** /schedule.xml: the program in the frab/Pentabarf format read by conference apps. */
import type { APIRoute } from 'astro';
import { getProgram } from '../data/program';
import { absoluteBase } from '../lib/absolute-url';
import { frabXml, XML_CONTENT_TYPE } from '../lib/frab';

export const GET: APIRoute = async ({ site }) => {
  const body = frabXml(await getProgram(), { baseUrl: absoluteBase(site, import.meta.env.BASE_URL) });
  return new Response(body, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
};
