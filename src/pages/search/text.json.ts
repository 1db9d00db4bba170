/** The second part of the search index: each session's abstract as plain text, by slug; fetched after the first. */
import type { APIRoute } from 'astro';
import { getProgram } from '../../data/program';
import { programSearchDocs } from '../../lib/search-docs';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(Object.fromEntries(programSearchDocs(await getProgram()).map((d) => [d.slug, d.abstract]))),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
