/** The codebook with each mechanism's measured agreement, as CSV, with the dataset version. */
import type { APIRoute } from 'astro';
import { getCurrentRelease, getMechanisms } from '../../../casebook/query';
import { CODEBOOK_COLUMNS, codebookRecords, codebookView } from '../../../views/codebook';
import { toCsv } from '../../../exports/csv';

export const GET: APIRoute = async () => {
  const version = (await getCurrentRelease()).id;
  const rows = codebookRecords(codebookView(await getMechanisms())).map((r) => ({
    ...r,
    dataset_version: version,
  }));
  return new Response(toCsv([...CODEBOOK_COLUMNS, 'dataset_version'], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
