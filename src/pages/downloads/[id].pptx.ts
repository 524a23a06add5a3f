/** The PowerPoint deck of each case (src/exports/pptx.ts). */
import type { APIRoute } from 'astro';
import { getCases } from '../../casebook/query';
import { loadCaseDocument } from '../../casebook/teach';
import { casePptx } from '../../exports/pptx';
import { PPTX_WORDS } from '../../i18n/teach';

export async function getStaticPaths() {
  return (await getCases()).map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const buffer = await casePptx(await loadCaseDocument(params.id!, site), PPTX_WORDS);
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
  });
};
