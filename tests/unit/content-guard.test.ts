/**
 * The guard inside the Markdown/MDX pipeline (src/integrations/content-guard.ts), which keeps
 * `astro dev` safe after the pre-build lint has run: hostile bodies stop the compile with the
 * lint's message, and code that would run without the guard does not run with it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import * as runtime from 'react/jsx-runtime';
import { evaluate, markdownToJs, mdxToJs } from 'satteri';
import { contentGuard } from '../../src/integrations/content-guard';
import config from '../../astro.config.mjs';

const guard = { mdastPlugins: [contentGuard()] };
const page = (body: string) => `---\ntitle: x\n---\n\n正文第一段。\n\n${body}\n`;

const HOSTILE_MDX: Array<[string, string, RegExp]> = [
  ["import fs from 'node:fs'", 'import', /第 7 行：正文里不能写 import\/export/],
  [
    '主目录：{process.env.HOME}',
    'expression',
    /第 7 行：正文里不能写花括号表达式 \{process\.env\.HOME\}/,
  ],
  ['<script>alert(1)</script>', 'script', /第 7 行：正文里不能有 <script>/],
  ['<img src="x.png" onerror="alert(1)" />', 'onerror', /onerror 这类事件属性/],
  ['[x](javascript:alert(1))', 'javascript: link', /「javascript:」/],
];
const HOSTILE_MD: Array<[string, string, RegExp]> = [
  ['<script>alert(1)</script>', 'script', /第 7 行：正文里不能有 <script>/],
  ['<img src="x.png" onerror="alert(1)">', 'onerror', /onerror 这类事件属性/],
  ['[x](javascript:alert(1))', 'javascript: link', /「javascript:」/],
];

describe('the guard stops hostile MDX bodies', () => {
  for (const [body, name, message] of HOSTILE_MDX) {
    test(name, async () => {
      await expect(async () => mdxToJs(page(body), guard)).rejects.toThrow(message);
    });
  }
});

describe('the guard stops hostile plain-Markdown bodies', () => {
  for (const [body, name, message] of HOSTILE_MD) {
    test(name, async () => {
      await expect(async () => markdownToJs(page(body), guard)).rejects.toThrow(message);
    });
  }
});

test('a body of Markdown passes the guard unchanged', async () => {
  const body = '## 背景\n\n**加粗**、[链接](https://www.rmlt.com.cn/) 和 {/* 注释 */}\n\n- 列表';
  const guarded = await mdxToJs(page(body), guard);
  const plain = await mdxToJs(page(body));
  expect(guarded.code).toBe(plain.code);
});

describe('code in a body runs without the guard and not with it', () => {
  const marker = '__casebookGuardProbe';
  const body = `export const probe = (globalThis.${marker} = 'ran')`;
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[marker];
  });

  test('without the guard the export runs (the probe is real)', async () => {
    await evaluate(page(body), { ...runtime } as never);
    expect((globalThis as Record<string, unknown>)[marker]).toBe('ran');
  });

  test('with the guard it never runs', async () => {
    await expect(async () =>
      evaluate(page(body), { ...runtime, ...guard } as never),
    ).rejects.toThrow(/import\/export/);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

test('astro.config.mjs runs the guard first in the Markdown pipeline, which MDX inherits', () => {
  const processor = config.markdown?.processor as { options?: { mdastPlugins?: unknown[] } };
  const first = processor.options?.mdastPlugins?.[0] as { name?: string } | undefined;
  expect(first?.name).toBe('casebookContentGuard');
  // MDX uses the Markdown processor unless told otherwise: the integration gets no options.
  expect(config.integrations?.some((i) => (i as { name?: string }).name === '@astrojs/mdx')).toBe(
    true,
  );
});
