/**
 * /data/compare/<id>.json: everything the compare page shows of one case (model, tiers,
 * mechanisms with evidence, figures with quotes, county context, lessons, dates, sources). The
 * page fetches one file per chosen case, so what it loads does not depend on the casebook's size.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  getCases,
  getLesson,
  getMechanisms,
  getProfile,
  getSources,
  type CaseEntry,
} from '../../../casebook/query';
import { COMPARE_DATA_VERSION, compareCaseOf } from '../../../views/compare';

export const getStaticPaths = (async () =>
  (await getCases()).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

interface Props {
  entry: CaseEntry;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { entry } = props;
  const [mechanisms, sources, profile, lesson] = await Promise.all([
    getMechanisms(),
    getSources(),
    getProfile(entry.id),
    getLesson(entry.id),
  ]);
  const body = {
    v: COMPARE_DATA_VERSION,
    case: compareCaseOf(entry, { mechanisms, sources, profile, lesson }),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
