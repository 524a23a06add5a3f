import { z } from 'astro/zod';

/**
 * The one place that turns zod issues into messages a content editor understands: in Chinese,
 * naming what was expected and what was found. Field paths are added by whoever prints the issue
 * (Astro prints `**metrics.3.quote**: …`; tests print `path: message`).
 */
const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true/false',
  array: '列表',
  object: '对象（若干 键: 值）',
  undefined: '（缺失）',
  null: '空值',
};

function describeInput(input: unknown): string {
  if (input === undefined) return '缺失';
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'string')
    return `文本「${input.length > 30 ? `${input.slice(0, 30)}…` : input}」`;
  if (typeof input === 'number') return `数字 ${input}`;
  return TYPE_NAMES[typeof input] ?? typeof input;
}

/** A zod 4 error function: pass it as `{ error: readableError }` when parsing. */
export const readableError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填字段';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${describeInput(issue.input)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `至少需要 ${min} 项`;
      if (issue.origin === 'string') return `至少需要 ${min} 个字符`;
      return `不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `最多 ${max} 项`;
      if (issue.origin === 'string') return `最多 ${max} 个字符`;
      return `不能大于 ${max}`;
    }
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((v) => String(v)).join('、')}；实际是${describeInput(issue.input)}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}（拼写是否有误？）`;
    case 'invalid_format':
      return `格式不对（${issue.format}）：${describeInput(issue.input)}`;
    default:
      return undefined;
  }
};

/**
 * Wraps a schema so that every issue carries a readable message, whoever does the parsing.
 * Astro parses content with its own English error map; issues raised here keep their wording.
 */
export function withReadableErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const result = schema.safeParse(input, { error: readableError });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
    }
    return z.NEVER;
  });
}

/** One line per issue, `path: message`, for scripts and tests. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(根)'}: ${issue.message}`,
  );
}
