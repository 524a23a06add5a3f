/**
 * /data/cases/index.json: every case in one short line with the address of its own file, beside
 * the whole casebook (/data/cases.json).
 */
import type { APIRoute } from 'astro';
import { loadCasebook } from '../../../casebook/query';
import { caseDataIndex, DATA_FILES } from '../../../exports/open-data';
import { caseDataHref, withBase } from '../../../url/routes';

export const GET: APIRoute = async () =>
  new Response(
    caseDataIndex(await loadCasebook(), caseDataHref, withBase(`data/${DATA_FILES.cases.name}`)),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
