/** The codebook with each mechanism's measured agreement, as CSV. */
import type { APIRoute } from 'astro';
import { getMechanisms } from '../../../casebook/query';
import { CODEBOOK_COLUMNS, codebookRecords, codebookView } from '../../../views/codebook';
import { toCsv } from '../../../exports/csv';

export const GET: APIRoute = async () =>
  new Response(toCsv([...CODEBOOK_COLUMNS], codebookRecords(codebookView(await getMechanisms()))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
