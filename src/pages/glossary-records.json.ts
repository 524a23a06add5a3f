/**
 * One search document per glossary term, for the index step (scripts/index-search.mjs), which
 * indexes each under `/glossary/#<id>` and then deletes this file from dist/.
 */
import type { APIRoute } from 'astro';
import { getGlossary, getMechanisms } from '../casebook/query';
import { termSearchDocument } from '../search/records';

export const GET: APIRoute = async () => {
  const [glossary, mechanisms] = await Promise.all([getGlossary(), getMechanisms()]);
  const documents = glossary.map((term) => termSearchDocument(term, mechanisms));
  return new Response(JSON.stringify(documents), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
