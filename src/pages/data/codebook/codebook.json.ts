/** The codebook with per-mechanism and overall agreement and the resolutions, as JSON. */
import type { APIRoute } from 'astro';
import { getCurrentRelease, getMechanisms } from '../../../casebook/query';
import { codebookRecords, codebookView, round3 } from '../../../views/codebook';

export const GET: APIRoute = async () => {
  const view = codebookView(await getMechanisms());
  const o = view.overall;
  const release = await getCurrentRelease();
  const body = {
    dataset: { version: release.id, released: release.date },
    coders:
      'two independent instances of the same AI model, each given only the codebook and the article',
    overall: { n: o.n, p_o: round3(o.observed), p_e: round3(o.expected), kappa: round3(o.kappa) },
    mechanisms: codebookRecords(view),
    disagreements: view.disagreements,
    resolutions: view.resolutions,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
