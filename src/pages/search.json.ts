import type { APIRoute } from 'astro';
import { getProgram } from '../data/program';
import { searchDocs } from '../lib/search';

/** The search index's documents, fetched by the program page's search on first use. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchDocs(await getProgram())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
