/**
 * Import first in any browser entry that pulls in a schema module. Zod builds a fast parser for
 * each object schema with `new Function` when it may, and probes whether it may the moment such a
 * schema is created; under the site's CSP (no 'unsafe-eval') that probe is blocked and reported as
 * a violation. Interpreted parsing is all the browser needs.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
