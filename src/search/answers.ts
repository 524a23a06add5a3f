/**
 * Direct answers: when the query is the name of a mechanism or a glossary term (or one of its
 * aliases), the search page shows a short card with its definition and the counties that use
 * it, above the results. The build writes every mechanism and term into ANSWER_SHARDS small
 * files by the first character of their names (src/pages/search/answers/[shard].json.ts), so a
 * query fetches one of them; their size depends on the vocabulary, not on the number of cases,
 * because each card names at most ANSWER_COUNTIES counties and gives the total.
 */
import type { GlossaryTerm } from '../schemas/glossary';
import type { Mechanism } from '../schemas/mechanism';
import { matchForm } from './tokens';

/** Counties named on one card; the rest are counted. */
export const ANSWER_COUNTIES = 6;

export interface AnswerCounty {
  name: string;
  /** Case page, site-relative without the base (`/cases/<id>/`). */
  url: string;
}

export interface Answer {
  kind: 'mechanism' | 'term';
  id: string;
  title: string;
  /** Site-relative URL without the base. */
  url: string;
  /** Match forms of the name and aliases. */
  names: string[];
  /** First sentence of the definition. */
  definition: string;
  counties: AnswerCounty[];
  countyCount: number;
}

/** The first sentence of a definition (up to and including its full stop). */
export function firstSentence(text: string): string {
  const end = text.search(/[\u3002\uff01\uff1f]/u);
  return end < 0 ? text : text.slice(0, end + 1);
}

export interface CaseRef {
  id: string;
  shortName: string;
}

function counties(cases: readonly CaseRef[]): Pick<Answer, 'counties' | 'countyCount'> {
  return {
    counties: cases.slice(0, ANSWER_COUNTIES).map((c) => ({
      name: c.shortName,
      url: `/cases/${c.id}/`,
    })),
    countyCount: cases.length,
  };
}

export function mechanismAnswer(mechanism: Mechanism, users: readonly CaseRef[]): Answer {
  return {
    kind: 'mechanism',
    id: mechanism.id,
    title: mechanism.name,
    url: `/mechanisms/${mechanism.id}/`,
    names: [...new Set([mechanism.name, ...mechanism.aliases].map(matchForm))],
    definition: firstSentence(mechanism.definition),
    ...counties(users),
  };
}

export function termAnswer(term: GlossaryTerm, users: readonly CaseRef[]): Answer {
  return {
    kind: 'term',
    id: term.id,
    title: term.term,
    url: `/glossary/#${term.id}`,
    names: [...new Set([term.term, ...term.aliases].map(matchForm))],
    definition: firstSentence(term.definition),
    ...counties(users),
  };
}

/** Files the answers are split into, by the first character of each name. */
export const ANSWER_SHARDS = 32;

/** The shard that holds the answers named by a match form. */
export function answerShard(form: string): number {
  return (form.codePointAt(0) ?? 0) % ANSWER_SHARDS;
}

/** Answers by shard: an answer is in the shard of each of its names. */
export function shardAnswers(answers: readonly Answer[]): Answer[][] {
  const shards: Answer[][] = Array.from({ length: ANSWER_SHARDS }, () => []);
  for (const answer of answers) {
    for (const shard of new Set(answer.names.map(answerShard))) shards[shard]!.push(answer);
  }
  return shards;
}

/** The answers whose name or alias is the query (compared as match forms); at most `limit`. */
export function answersFor(answers: readonly Answer[], query: string, limit = 2): Answer[] {
  const form = matchForm(query);
  if (!form) return [];
  return answers.filter((answer) => answer.names.includes(form)).slice(0, limit);
}
