/**
 * /data/cases/<id>.json: one case of the open data (src/exports/open-data.ts, caseDataFile), so a
 * reader or a script can fetch one county without downloading the whole casebook.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from '../../../casebook/query';
import { caseDataFile } from '../../../exports/open-data';

export const getStaticPaths = (async () =>
  (await loadCasebook()).cases.map(({ id }) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(caseDataFile(await loadCasebook(), params.id!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
