/** The Word file of each case: the one-page handout, then the full case (src/exports/docx.ts). */
import type { APIRoute } from 'astro';
import { getCases } from '../../casebook/query';
import { loadCaseDocument } from '../../casebook/teach';
import { caseDocx } from '../../exports/docx';
import { DOCX_WORDS } from '../../i18n/teach';

export async function getStaticPaths() {
  return (await getCases()).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const buffer = await caseDocx(await loadCaseDocument(params.id!, site), DOCX_WORDS);
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
