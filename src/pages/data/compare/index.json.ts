/**
 * /data/compare/index.json: the picker's index of every case (id, county, model, province,
 * setting), a few dozen bytes a case. The compare page fetches it only when the reader opens
 * the picker, so a comparison never waits for it.
 */
import type { APIRoute } from 'astro';
import { getCases } from '../../../casebook/query';
import { compareIndex } from '../../../views/compare';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compareIndex(await getCases())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
