/**
 * Every built page is valid HTML by html-validate's recommended rules (config: .htmlvalidate.mjs,
 * where any rule turned off says why). One test per page type, so a failure names the type.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, listPages, withoutIslandTemplates } from '../gates/site';

const pages = listPages(distDir);
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity (html-validate, recommended rules)', () => {
  for (const [type, group] of Map.groupBy(pages, (page) => page.type)) {
    test(`${type}: ${group.length} page(s) with no errors`, async () => {
      const errors: string[] = [];
      for (const page of group) {
        const html = withoutIslandTemplates(readFileSync(page.file, 'utf8'));
        const report = await validator.validateString(html, page.file);
        for (const result of report.results) {
          for (const m of result.messages) {
            errors.push(`/${page.route}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
          }
        }
      }
      expect(errors).toEqual([]);
    });
  }
});
