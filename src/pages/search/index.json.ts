/** The first part of the search index: everything but the abstracts, fetched on the first search. */
import type { APIRoute } from 'astro';
import { getProgram } from '../../data/program';
import { programSearchDocs } from '../../lib/search-docs';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(programSearchDocs(await getProgram()).map((d) => ({ ...d, abstract: '' }))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
