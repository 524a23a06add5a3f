/** Coder A's raw coding, as coded. */
import type { APIRoute } from 'astro';
import text from '../../../../content/coding/coder-a.csv?raw';

export const GET: APIRoute = () =>
  new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
