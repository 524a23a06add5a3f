/**
 * /cases/index.json: the compact index the case filter fetches when the casebook spans several
 * pages of /cases/ (src/views/case-index.ts).
 */
import type { APIRoute } from 'astro';
import { getCases } from '../../casebook/query';
import { caseIndexFile } from '../../views/case-index';
import { caseName } from '../../i18n/scale';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(caseIndexFile(await getCases(), caseName)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
