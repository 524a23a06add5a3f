/**
 * Every message a content editor can meet when the build rejects content, keyed by code. Library
 * code (schemas, content checks, the body guard, the content lint) returns codes and parameters;
 * this module alone turns them into words. The editors' page (/about/editors/) lists every entry
 * with its example, and tests/unit/editor-messages.test.ts plants a fixture for each one.
 */

import { errorMapFrom, type Found, type IssueCode, type IssueParam } from '../schemas/error-map';

export interface EditorMessage {
  /** Section of the editors' page. */
  group: EditorGroup;
  /** When an editor meets it, in a few words. */
  when: string;
  /** The message, with {placeholders}. It says what is wrong and what to write instead. */
  text: string;
  /** Parameters for the example shown on the editors' page. */
  example: Record<string, string | number>;
  /**
   * A catch-all for parser or validator output no other code describes. No known input reaches
   * it, so no fixture can plant it; it keeps an unforeseen problem readable.
   */
  fallback?: true;
}

export type EditorGroup = 'file' | 'yaml' | 'field' | 'metric' | 'duplicate' | 'reference' | 'body';

export const EDITOR_GROUPS: Record<EditorGroup, string> = {
  file: '文件与字段区',
  yaml: 'YAML 写法',
  field: '字段的取值',
  metric: '指标与数字',
  duplicate: '重复条目',
  reference: '相互引用',
  body: '正文（Markdown）',
};

const define = <T extends Record<string, EditorMessage>>(entries: T) => entries;

export const EDITOR_MESSAGES = define({
  // Files and the frontmatter block
  'file.empty': {
    group: 'file',
    when: '案例文件是空的',
    text: '文件是空的。案例文件要先写一段用 --- 上下包起来的字段区（frontmatter），再写正文；可以复制 content/cases/yongchun.mdx 改写。',
    example: {},
  },
  'file.noFrontmatter': {
    group: 'file',
    when: '第一行不是 ---',
    text: '文件开头缺少字段区：第一行必须是 ---，字段写完后另起一行写 --- 结束，然后才是正文。',
    example: {},
  },
  'file.unclosedFrontmatter': {
    group: 'file',
    when: '字段区只有开头的 ---，没有结尾的 ---',
    text: '字段区没有结束：第 1 行的 --- 之后找不到结束用的 ---。请在最后一个字段之后另起一行写 ---，再写正文。',
    example: {},
  },
  'file.emptyFrontmatter': {
    group: 'file',
    when: '两行 --- 之间什么也没写',
    text: '字段区是空的：两行 --- 之间要写案例的各个字段（order、county、province……）。',
    example: {},
  },
  'file.rootType': {
    group: 'file',
    when: '字段区或数据文件不是「字段: 值」的形式',
    text: '这里应是若干行「字段: 值」，实际是{found}。',
    example: { found: '文本「寻甸县」' },
  },
  'file.name': {
    group: 'file',
    when: '案例文件名有大写字母、空格或汉字',
    text: '文件名「{name}」不合规：案例文件名就是网址里的案例 id，只能用小写拼音字母、数字和连字符，例如 luxi.mdx。',
    example: { name: 'Luxi.mdx' },
  },
  'file.ignored': {
    group: 'file',
    when: '扩展名不是小写的 .md 或 .mdx',
    text: '文件「{name}」不会被读取，案例不会出现在网站上：扩展名必须是小写的 .mdx（或 .md）。',
    example: { name: 'luxi.MDX' },
  },
  'file.tooLarge': {
    group: 'file',
    when: '正文过长',
    text: '正文有 {size} 个字符，超过上限 {max}：案例正文是概述，请删减，或把材料放进来源记录。',
    example: { size: '1,048,576', max: '100,000' },
  },
  'collection.empty': {
    group: 'file',
    when: '机制、术语或来源文件是空的',
    text: '文件是空的：它应是一个列表，每个条目以「- id: …」开始。其他文件对这里条目的引用要等这个文件修好后才检查。',
    example: {},
  },
  'collection.notList': {
    group: 'file',
    when: '机制、术语或来源文件不是列表',
    text: '文件应是一个列表（每个条目以「- 」开头），实际是{found}。其他文件对这里条目的引用要等这个文件修好后才检查。',
    example: { found: '对象（若干 字段: 值）' },
  },

  // YAML syntax
  'yaml.indent': {
    group: 'yaml',
    when: '缩进不齐',
    text: 'YAML 缩进不对：同一层的字段要左端对齐，下一层比上一层多缩进两个空格。',
    example: {},
  },
  'yaml.tab': {
    group: 'yaml',
    when: '用 Tab 键缩进',
    text: 'YAML 缩进里有 Tab 键：只能用空格缩进，请把 Tab 换成两个空格。',
    example: {},
  },
  'yaml.duplicateKey': {
    group: 'yaml',
    when: '同一个字段写了两次',
    text: '同一个字段在这里写了两次：后一个会被忽略或报错，请删掉一个。',
    example: {},
  },
  'yaml.unclosed': {
    group: 'yaml',
    when: '引号或括号没有配对',
    text: 'YAML 的引号或括号没有配对：以 " 、[ 或 { 开始的值，要用 " 、] 或 } 结束。',
    example: {},
  },
  'yaml.missingColon': {
    group: 'yaml',
    when: '字段名后面缺冒号',
    text: 'YAML 这一行不是「字段: 值」：字段名后面要有英文冒号和一个空格。',
    example: {},
  },
  'yaml.colonInValue': {
    group: 'yaml',
    when: '值里含有「: 」',
    text: '这一行的值里有「: 」（英文冒号加空格），YAML 把它当成了又一个字段：请把整个值用英文引号括起来，或改用中文冒号；如果这本是下一层的字段，请检查缩进。',
    example: {},
  },
  'yaml.unexpected': {
    group: 'yaml',
    when: '值以 YAML 的特殊符号开头',
    text: 'YAML 在这里遇到了特殊符号：值以 @、`、%、!、&、*、|、> 开头或中间含有「: 」「 #」时，请把整个值用英文引号括起来。',
    example: {},
  },
  'yaml.alias': {
    group: 'yaml',
    when: '用了 & 锚点和 * 别名',
    text: 'YAML 的锚点（&）和别名（*）用得太多或无法解析：内容文件里请直接写出每个值，不要用别名。',
    example: {},
  },
  'yaml.other': {
    group: 'yaml',
    when: '其他 YAML 语法错误',
    text: 'YAML 无法解析（{detail}）：请对照 content/cases/yongchun.mdx 的写法检查这一行。',
    example: { detail: 'Unexpected flow-seq-end token' },
  },

  // Field values
  'field.required': {
    group: 'field',
    when: '漏写必填字段',
    text: '缺少必填字段「{field}」。',
    example: { field: 'province' },
  },
  'field.type': {
    group: 'field',
    when: '取值的类型不对',
    text: '应为{expected}，实际是{found}。',
    example: { expected: '数字', found: '文本「十二」' },
  },
  'field.number': {
    group: 'field',
    when: '写了 .nan 或 .inf',
    text: '不是有效的数字（{found}）：请写出原文给出的具体数值；原文没有给出时，删去这一项。',
    example: { found: '.nan' },
  },
  'field.integer': {
    group: 'field',
    when: '应写整数的地方写了小数',
    text: '应为整数，实际是 {value}。',
    example: { value: '2017.5' },
  },
  'field.minItems': {
    group: 'field',
    when: '列表项太少',
    text: '至少需要 {min} 项，现在有 {count} 项。',
    example: { min: 3, count: 1 },
  },
  'field.maxItems': {
    group: 'field',
    when: '列表项太多',
    text: '最多 {max} 项，现在有 {count} 项。',
    example: { max: 5, count: 7 },
  },
  'field.minLength': {
    group: 'field',
    when: '文字太短',
    text: '至少需要 {min} 个字，现在只有 {count} 个字。',
    example: { min: 40, count: 12 },
  },
  'field.maxLength': {
    group: 'field',
    when: '文字太长',
    text: '最多 {max} 个字，现在有 {count} 个字。',
    example: { max: 60, count: 75 },
  },
  'field.min': {
    group: 'field',
    when: '数值太小',
    text: '不能小于 {min}，实际是 {value}。',
    example: { min: 1990, value: 1949 },
  },
  'field.max': {
    group: 'field',
    when: '数值太大',
    text: '不能大于 {max}，实际是 {value}。',
    example: { max: 136, value: 200 },
  },
  'field.enum': {
    group: 'field',
    when: '取值不在可选范围内',
    text: '只能是以下之一：{values}；实际是{found}。',
    example: { values: '东部、中部、西部', found: '文本「西南」' },
  },
  'field.unknown': {
    group: 'field',
    when: '字段名拼错或多写了字段',
    text: '不认识的字段「{key}」：请检查拼写，或删去这个字段。',
    example: { key: 'remarks' },
  },
  'field.unknownSuggest': {
    group: 'field',
    when: '字段名拼错，且很像某个已有字段',
    text: '不认识的字段「{key}」：是不是想写「{suggestion}」？',
    example: { key: 'provnice', suggestion: 'province' },
  },
  'field.id': {
    group: 'field',
    when: 'id 含大写字母、空格或汉字',
    text: 'id「{value}」不合规：只能用小写字母、数字和连字符，例如 joint-meeting。',
    example: { value: 'Joint_Meeting' },
  },
  'field.adminCode': {
    group: 'field',
    when: '行政区划代码没加引号或不是 6 位',
    text: '行政区划代码要写成带引号的 6 位数字，例如 adminCode: "350525"（请加引号）：不加引号时 YAML 把它读成数字，开头的 0 会丢失。这里写的是{found}。',
    example: { found: '数字 530129' },
  },
  'field.url': {
    group: 'field',
    when: '网址格式不对',
    text: '网址格式不对：{found}。请写完整的网址，以 https:// 或 http:// 开头。',
    example: { found: '文本「www.rmlt.com.cn」' },
  },
  'field.format': {
    group: 'field',
    when: '其他格式不对的取值',
    text: '格式不对：{found}。',
    example: { found: '文本「2017/5」' },
    fallback: true,
  },
  'field.province': {
    group: 'field',
    when: '省份不是省级行政区的全称',
    text: '省份「{value}」不在省级行政区名单里：请写全称，例如“福建省”“广西壮族自治区”“重庆市”。首页的省份方格图按这个名称标出案例。',
    example: { value: '福建' },
  },
  'field.scopeName': {
    group: 'field',
    when: '范围不是全县却没写名称',
    text: '范围不是全县时必须写明 name（例如 桃林乡、仁德街道、全县城市社区）。',
    example: {},
  },

  // Metrics
  'metric.unknownKey': {
    group: 'metric',
    when: '指标键不在词表里',
    text: '未知的指标键「{key}」：请使用 src/schemas/metric-vocabulary.ts 中定义的键，或先在那里新增该键。',
    example: { key: 'community_cats' },
  },
  'metric.unit': {
    group: 'metric',
    when: '单位与词表不一致',
    text: '指标「{key}」的单位应为「{expected}」，这里写的是「{found}」。',
    example: { key: 'communities', expected: '个', found: '家' },
  },
  'metric.quote': {
    group: 'metric',
    when: '引文里找不到这个数字',
    text: '引文「{quote}」中找不到数值 {value}（{unit}）：引文必须逐字包含该数字（阿拉伯数字或汉字数字均可）。',
    example: { quote: '全县社区全部建立党组织', value: 12, unit: '个' },
  },
  'metric.integer': {
    group: 'metric',
    when: '个数写了小数',
    text: '「{label}」是个数（单位「{unit}」），应为整数，实际是 {value}。',
    example: { label: '社区党组织', unit: '个', value: 7.5 },
  },
  'metric.share': {
    group: 'metric',
    when: '百分比超出 0–100',
    text: '「{label}」是百分比，应在 0 到 100 之间，实际是 {value}。',
    example: { label: '党组织覆盖率', value: 250 },
  },
  'metric.negative': {
    group: 'metric',
    when: '数值是负数',
    text: '「{label}」不能是负数，实际是 {value}：原文给出的是减少量时，请在 note 中说明并写正数。',
    example: { label: '专职党务工作者', value: -3 },
  },

  // Duplicates
  'duplicate.caseFile': {
    group: 'duplicate',
    when: '同一个案例 id 有两个文件',
    text: '案例 id「{id}」对应了多个文件：{files}。一个案例只能有一个文件，否则其中一个会悄悄替换另一个；请删除或合并多余的文件。',
    example: { id: 'luxi', files: 'content/cases/luxi.md, content/cases/luxi.mdx' },
  },
  'duplicate.id': {
    group: 'duplicate',
    when: '机制、术语或来源的 id 重复',
    text: 'id「{id}」重复：{otherFile} 第 {otherLine} 行已有同一个 id。后一个条目会悄悄替换前一个；请改成不同的 id，或把两个条目合并。',
    example: { id: 'joint-meeting', otherFile: 'content/mechanisms/mechanisms.yaml', otherLine: 3 },
  },
  'duplicate.headword': {
    group: 'duplicate',
    when: '同一个术语收录了两次',
    text: '术语「{term}」重复：{otherFile} 第 {otherLine} 行（id: {otherId}）已收录这个词。请合并成一个条目，或把其中一个写进另一个的 aliases。',
    example: {
      term: '联席会议',
      otherFile: 'content/glossary/terms.yaml',
      otherLine: 1,
      otherId: 'joint-meeting-term',
    },
  },

  // Cross references
  'reference.mechanism': {
    group: 'reference',
    when: '引用了不存在的机制',
    text: '机制「{id}」不存在：请先在 content/mechanisms/mechanisms.yaml 中定义它。',
    example: { id: 'joint-meetings' },
  },
  'reference.mechanismRepeated': {
    group: 'reference',
    when: '同一个机制在案例里列了两次',
    text: '机制「{id}」重复列出：请把两处做法合并写进一条。',
    example: { id: 'joint-meeting' },
  },
  'reference.partMechanism': {
    group: 'reference',
    when: '模式组成部分用到的机制没有列在案例的 mechanisms 中',
    text: '模式组成部分「{part}」引用的机制「{id}」没有列在本案例的 mechanisms 中（请在那里补上它和本县的做法）。',
    example: { part: '联席会议', id: 'resource-list' },
  },
  'reference.source': {
    group: 'reference',
    when: '引用了不存在的来源',
    text: '来源「{id}」不存在：请先在 content/sources/sources.yaml 中登记。',
    example: { id: 'renmin-2019' },
  },
  'reference.sourceNotListed': {
    group: 'reference',
    when: '指标的来源没有列在案例的 sources 中',
    text: '来源「{id}」没有列在本案例的 sources 中：请把它加进 sources。',
    example: { id: 'fixture-source-2' },
  },
  'reference.metricRepeated': {
    group: 'reference',
    when: '同一指标在同一范围和时期写了两次',
    text: '指标「{key}」在同一范围（{scope}）和时期重复出现，与 metrics.{first} 冲突。',
    example: { key: 'communities', scope: 'county', first: 0 },
  },
  'reference.adminCodeUsed': {
    group: 'reference',
    when: '两个案例用了同一个行政区划代码，却没有各自不同的 variant',
    text: '行政区划代码 {code} 已被 {other} 使用：同一个县有几个案例时，每个案例都要写 variant（区分标签，例如 variant: 2019年起·城关镇试点），而且互不相同。',
    example: { code: '999999', other: 'content/cases/ceshi.mdx' },
  },
  'reference.termMechanism': {
    group: 'reference',
    when: '术语引用了不存在的机制',
    text: '术语引用的机制「{id}」不存在：请先在 content/mechanisms/mechanisms.yaml 中定义它，或从 mechanisms 中删去。',
    example: { id: 'joint-meetings' },
  },

  // Case bodies
  'body.esm': {
    group: 'body',
    when: '正文里写了 import 或 export',
    text: '正文里不能写 import/export 语句（{code}）：正文只能用 Markdown，构建时不会运行正文里的任何代码。请删除这一行。',
    example: { code: "import fs from 'node:fs'" },
  },
  'body.expression': {
    group: 'body',
    when: '正文里写了花括号表达式',
    text: '正文里不能写花括号表达式 {code}：构建时不会运行正文里的代码。如果要显示花括号本身，请写成 \\{ 和 \\}。',
    example: { code: '{process.env.HOME}' },
  },
  'body.script': {
    group: 'body',
    when: '正文里写了 <script>',
    text: '正文里不能有 <script> 脚本：它会在每位读者的浏览器里运行。请删除它；正文只能用 Markdown 写文字、列表、表格和链接。',
    example: {},
  },
  'body.handler': {
    group: 'body',
    when: '标签带 onclick、onerror 这类属性',
    text: '正文里的标签不能带 {attr} 这类事件属性：它会在读者的浏览器里运行脚本。请删除这个属性，正文改用 Markdown。',
    example: { attr: 'onerror' },
  },
  'body.html': {
    group: 'body',
    when: '正文里写了 HTML 标签',
    text: '正文里不能写 HTML 标签 <{name}>：请改用 Markdown（小标题用 ##，加粗在文字两边各加两个星号，链接写方括号里的文字、紧接圆括号里的网址，表格用 | 分隔各列）。',
    example: { name: 'div' },
  },
  'body.component': {
    group: 'body',
    when: '正文里用了本站没有提供的组件',
    text: '正文里不能使用组件 <{name}>：{available}',
    example: {
      name: 'Chart',
      available: '',
    },
  },
  'body.attributeExpression': {
    group: 'body',
    when: '标签属性用了花括号',
    text: '标签 <{name}> 的属性不能用花括号表达式（{code}）：构建时不会运行正文里的代码，请写成 属性="文字"。',
    example: { name: 'Chart', code: 'data={cases}' },
  },
  'body.url': {
    group: 'body',
    when: '链接或图片地址以 javascript:、data: 等开头',
    text: '链接或图片地址不能以「{scheme}」开头（{url}）：这种地址会运行脚本或嵌入未经检查的内容。请改用 https:// 开头的网址或站内路径。',
    example: { scheme: 'javascript:', url: 'javascript:alert(1)' },
  },
  'body.externalImage': {
    group: 'body',
    when: '图片来自其他网站',
    text: '图片不能直接引用其他网站的地址（{url}）：本站不向外部网站发请求。请把图片放进网站，或改成指向原网页的链接。',
    example: { url: 'https://example.com/photo.jpg' },
  },
  'body.unexpectedLt': {
    group: 'body',
    when: '正文里出现了单独的「<」',
    text: 'MDX 把「<」当作标签的开头，但这里跟着的不是标签名：如果要写小于号，请写成 \\<；链接请写方括号里的文字、紧接圆括号里的网址，不要用尖括号。',
    example: {},
  },
  'body.unclosedTag': {
    group: 'body',
    when: '标签没有结束',
    text: 'MDX 标签没有结束：以 <名称 开始的标签要以 > 或 /> 结束，成对的标签还要有对应的 </名称>。正文最好不写标签，改用 Markdown。',
    example: {},
  },
  'body.brace': {
    group: 'body',
    when: '正文里有不配对或写错的花括号',
    text: 'MDX 把「{」当作代码表达式的开头，这里的花括号无法解析：正文里不能写表达式；如果要显示花括号本身，请写成 \\{ 和 \\}。',
    example: {},
  },
  'body.htmlComment': {
    group: 'body',
    when: 'MDX 正文里写了 <!-- 注释 -->',
    text: 'MDX 正文里不能用 <!-- --> 写注释：请写成 {/* 注释 */}，或者直接删除。',
    example: {},
  },
  'body.syntax': {
    group: 'body',
    when: '其他 MDX 语法错误',
    text: 'MDX 语法错误（{detail}）：正文只用 Markdown 写作，就不会遇到这类错误。',
    example: { detail: 'Unexpected character `=` (U+003D) in name' },
    fallback: true,
  },
});

export type EditorCode = keyof typeof EDITOR_MESSAGES;
export type EditorParams = Record<string, string | number>;

export function isEditorCode(code: unknown): code is EditorCode {
  return typeof code === 'string' && Object.hasOwn(EDITOR_MESSAGES, code);
}

/** The message for a code, its {placeholders} filled. */
export function editorMessage(code: EditorCode, params: EditorParams = {}): string {
  return EDITOR_MESSAGES[code].text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Words used inside messages: value types, collection names, report framing. */
export const EDITOR_WORDS = {
  types: {
    string: '文本',
    number: '数字',
    int: '整数',
    boolean: 'true/false',
    array: '列表',
    object: '对象（若干 字段: 值）',
    undefined: '（缺失）',
    null: '空值',
    nan: '.nan',
    infinity: '.inf',
  },
  textValue: '文本「{value}」',
  numberValue: '数字 {value}',
  missing: '缺失',
  nullValue: '空值',
  listValue: '列表',
  noComponents: '本站目前没有提供可在正文中使用的组件，请改用 Markdown。',
  someComponents: '正文里只能使用本站提供的组件：{list}；其他内容请用 Markdown。',
  listSeparator: '、',
  atLine: '{file} 第 {line} 行',
  /** One line of a report: where, the field path if any, then the message. */
  reportLine: '  {where}{path}：{message}',
  reportPath: ' {path}',
  reportHead: '内容检查发现 {count} 个问题，构建已停止：',
  reportHint:
    '改正上面列出的问题后重新运行 npm run build。每条信息的含义和例子见网站的“编辑须知”页（/about/editors/）。',
  bodyHead: '正文检查发现 {count} 个问题：',
} as const;

/** Fills {placeholders} of one of the words above. */
export function fillWords(template: string, params: EditorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A found value in words: 文本「…」 (cut to 30 characters), 数字 7.5, 列表 … */
export function formatFound(found: Found): string {
  switch (found.kind) {
    case 'text': {
      const chars = [...found.value];
      const shown = chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : found.value;
      return fillWords(EDITOR_WORDS.textValue, { value: shown });
    }
    case 'number':
      return fillWords(EDITOR_WORDS.numberValue, { value: found.value });
    case 'missing':
      return EDITOR_WORDS.missing;
    case 'null':
      return EDITOR_WORDS.nullValue;
    case 'list':
      return EDITOR_WORDS.listValue;
    case 'nan':
      return EDITOR_WORDS.types.nan;
    case 'infinity':
      return EDITOR_WORDS.types.infinity;
    case 'boolean':
      return EDITOR_WORDS.types.boolean;
    default:
      return EDITOR_WORDS.types.object;
  }
}

function formatParam(name: string, value: IssueParam): string | number {
  if (Array.isArray(value)) return value.join(EDITOR_WORDS.listSeparator);
  if (typeof value === 'object') return formatFound(value);
  if (name === 'expected' && typeof value === 'string')
    return (EDITOR_WORDS.types as Record<string, string>)[value] ?? value;
  return value;
}

/** Words for an issue code from the schemas, the checks or the lint. */
export function translateIssue({ code, params }: IssueCode): string {
  const filled: EditorParams = {};
  for (const [name, value] of Object.entries(params)) filled[name] = formatParam(name, value);
  if (!isEditorCode(code)) return code;
  return editorMessage(code, filled);
}

/** The zod error map every content schema is parsed with. */
export const readableError = errorMapFrom(translateIssue);

/** A problem as the build reports it. */
export interface ReportLine {
  /** File relative to the repository root. */
  file: string;
  line?: number | undefined;
  /** Dotted field path, when the problem is in one field. */
  path?: string | undefined;
  /** A code of EDITOR_MESSAGES and its parameters … */
  code?: string | undefined;
  params?: Record<string, IssueParam> | undefined;
  /** … or, from checks whose words live with their owners, the message itself. */
  message?: string | undefined;
}

/** Words for one problem, whichever layer found it. */
export function problemMessage(problem: Pick<ReportLine, 'code' | 'params' | 'message'>): string {
  if (problem.message !== undefined) return problem.message;
  const code = problem.code ?? '';
  const params = problem.params ?? {};
  if (code === 'body.component') {
    const list = String(params.available ?? '');
    const available = list
      ? fillWords(EDITOR_WORDS.someComponents, { list })
      : EDITOR_WORDS.noComponents;
    return translateIssue({ code, params: { ...params, available } });
  }
  return translateIssue({ code, params });
}

/** `content/cases/luxi.mdx 第 12 行 metrics.1.quote：…`, one line per problem. */
export function formatReportLine(problem: ReportLine): string {
  const where =
    problem.line === undefined
      ? problem.file
      : fillWords(EDITOR_WORDS.atLine, { file: problem.file, line: problem.line });
  const path = problem.path ? fillWords(EDITOR_WORDS.reportPath, { path: problem.path }) : '';
  return fillWords(EDITOR_WORDS.reportLine, { where, path, message: problemMessage(problem) });
}

/** The whole report a failing build prints. */
export function formatReport(problems: readonly ReportLine[]): string {
  return [
    fillWords(EDITOR_WORDS.reportHead, { count: problems.length }),
    ...problems.map(formatReportLine),
  ].join('\n');
}

/** Words of the editors' page (/about/editors/). */
export const EDITOR_PAGE = {
  title: '编辑须知：内容检查的提示',
  description: '构建前的内容检查会给出哪些提示、各是什么意思、该怎么改：每条提示附一个例子。',
  lede: '每次构建之前，网站会逐个检查 content/ 下的案例、机制、术语和来源文件。发现问题时构建停止，并列出每个问题所在的文件、行号、字段和改法。本页列出编辑可能遇到的全部提示，每条附一个例子。',
  reportTitle: '提示长什么样',
  reportIntro:
    '一次构建列出全部问题，每行一个：先是文件和行号，再是字段（frontmatter 里的位置，列表从 0 数起），最后是问题和改法。',
  reportExampleFile: 'content/cases/yongchun.mdx',
  bodyTitle: '正文可以写什么',
  bodyIntro:
    '案例正文（frontmatter 之后的部分）只用 Markdown 写作。构建不会运行正文里的任何代码；能运行代码、嵌入脚本或向其他网站发请求的写法都会被拒绝。',
  bodyAllowed: [
    '小标题：## 背景、## 看点与局限',
    '加粗和强调：**文字**、*文字*',
    '列表：以「- 」或「1. 」开头的行',
    '表格：用 | 分隔各列，第二行写 | --- |',
    '链接：[文字](https://…) 或站内路径 [文字](/glossary/)',
    '编辑注释：{/* 注释 */}（只能是注释）',
  ],
  bodyRefused:
    '不能写：import/export、花括号表达式、HTML 标签、<script>、onclick 之类的属性、javascript: 或 data: 开头的地址、其他网站的图片。',
  columnWhen: '什么时候出现',
  columnMessage: '构建给出的提示（示例）',
  fallback: '兜底提示：遇到其他提示都不适用的情况时才会出现。',
  toc: '本页目录',
  back: '返回“关于本站”',
  aboutLink: '构建检查的全部提示及其含义见“编辑须知”。',
} as const;
