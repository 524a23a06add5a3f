/**
 * Vitest global setup for the unit project: says once, loudly, that the tests reading the source
 * article are skipped because it is missing. In CI those tests run and fail instead.
 */
import { articlePath, inCI, MISSING_ARTICLE } from './article';

export default function setup(): void {
  if (articlePath === undefined && !inCI) {
    console.warn(
      `\n!!! SKIPPING article tests (verbatim quotes, coverage, copy check): ${MISSING_ARTICLE}\n`,
    );
  }
}
