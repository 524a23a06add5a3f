/**
 * The direct answers of the search page (src/search/answers.ts), one file per shard: every
 * mechanism and glossary term whose name falls in it, with its definition and the counties that
 * use it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from '../../../casebook/query';
import { ANSWER_SHARDS, mechanismAnswer, shardAnswers, termAnswer } from '../../../search/answers';
import { caseText, casesUsingTerm } from '../../../views/glossary';

export const getStaticPaths = (async () => {
  const { cases, mechanisms, glossary } = await loadCasebook();
  const refs = new Map(cases.map((c) => [c.id, { id: c.id, shortName: c.data.shortName }]));
  const texts = cases.map((c) => caseText(c.id, c.data, c.body));
  const shards = shardAnswers([
    ...mechanisms.map((m) =>
      mechanismAnswer(
        m,
        cases
          .filter((c) => c.data.mechanisms.some((use) => use.id === m.id))
          .map((c) => refs.get(c.id)!),
      ),
    ),
    ...glossary.map((term) =>
      termAnswer(
        term,
        casesUsingTerm(term, texts).map((id) => refs.get(id)!),
      ),
    ),
  ]);
  return Array.from({ length: ANSWER_SHARDS }, (_, i) => ({
    params: { shard: String(i) },
    props: { answers: shards[i] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.answers), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
