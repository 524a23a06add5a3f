/**
 * Sätteri mdast plugin, first in the Markdown and MDX pipelines: a body that could run code
 * (MDX import/export or {expressions}, raw HTML, <script>, on* handlers, javascript: URLs)
 * stops the compile here, before the page module is generated, let alone evaluated. The content
 * lint (content-lint.ts) reports the same problems for every file before the build starts; this
 * plugin keeps `astro dev` safe when a file is edited after the lint has run.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { bodyProblems, type BodyNode } from '../domain/body-safety';
import { formatReport } from '../i18n/editor';

export function contentGuard(): MdastPluginEntry {
  return function casebookContentGuard(factory) {
    return {
      name: 'casebook-content-guard',
      options: { position: true },
      before(root) {
        const problems = bodyProblems(root as unknown as BodyNode);
        if (problems.length === 0) return;
        const file = factory.fileURL
          ? relative(process.cwd(), fileURLToPath(factory.fileURL))
          : '(body)';
        throw new Error(
          formatReport(
            problems.map((p) => ({ file, line: p.line, code: p.code, params: p.params })),
          ),
        );
      },
    };
  };
}
