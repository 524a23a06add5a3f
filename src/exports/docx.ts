/**
 * A case as a Word file (.docx), built with `docx` at build time: the one-page handout first,
 * then the full case. Fonts are ones Chinese office machines have (src/i18n/teach.ts OFFICE_FONTS):
 * Microsoft YaHei for headings, SimSun for body text, with Arial and Times New Roman for Latin text and digits; Word and WPS fall back
 * on their own when one is missing. Words come in through `words`; this module holds none.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CaseDocument } from '../views/teach';
import { OFFICE_FONTS, PUNCT } from '../i18n/teach';

export const DOC_FONTS = {
  heading: { eastAsia: OFFICE_FONTS.heading, ascii: 'Arial', hAnsi: 'Arial' },
  body: { eastAsia: OFFICE_FONTS.body, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
} as const;

export interface DocxWords {
  handout: string;
  fullCase: string;
  profile: string;
  parts: string;
  keyFigures: string;
  figures: string;
  figureHead: [string, string, string, string];
  quote: string;
  lessons: string;
  approach: string;
  conditions: string;
  risks: string;
  questions: string;
  handoutQuestions: string;
  tiers: string;
  mechanisms: string;
  summary: string;
  source: string;
  citePage: string;
  address: string;
}

const p = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: options.bold, size: options.size })],
  });
const h = (text: string, level: 1 | 2 = 2) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, font: DOC_FONTS.heading })],
  });
const labelled = (label: string, text: string) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun({ text })],
  });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const numbered = (items: string[]) => items.map((q, i) => p(`${i + 1}. ${q}`));

function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}

export async function caseDocx(doc: CaseDocument, words: DocxWords): Promise<Buffer> {
  const title = `${doc.county}：“${doc.model}”`;
  const figureRows = (figures: CaseDocument['keyFigures']) =>
    figures.map((f) => [f.label, f.value, f.qualifier, f.scope]);
  const handout = [
    p(words.handout, { size: 18 }),
    h(title, 1),
    p(`${doc.place}${doc.county} · ${doc.tagline}`),
    ...(doc.profile ? [labelled(words.profile, doc.profile)] : []),
    h(words.parts),
    ...doc.parts.map((part) => labelled(part.name, part.mechanisms.join(PUNCT.list))),
    h(words.keyFigures),
    table(words.figureHead, figureRows(doc.keyFigures)),
    h(words.lessons),
    labelled(words.approach, doc.lessons.approach),
    labelled(words.conditions, doc.lessons.conditions.join(' ')),
    labelled(words.risks, doc.lessons.risks[0] ?? ''),
    h(words.handoutQuestions),
    ...numbered(doc.handoutQuestions),
    p(doc.pageCitation, { size: 16 }),
    labelled(words.address, doc.address),
  ];
  const full = [
    new Paragraph({ children: [new PageBreak()] }),
    p(words.fullCase, { size: 18 }),
    h(title, 1),
    h(words.summary),
    p(doc.summary),
    h(words.parts),
    ...doc.parts.flatMap((part) => [labelled(part.name, part.summary)]),
    h(words.tiers),
    ...doc.tiers.flatMap((chain) => [
      labelled(chain.name, chain.levels.join(' → ')),
      ...(chain.note ? [p(chain.note, { size: 18 })] : []),
    ]),
    h(words.mechanisms),
    ...doc.mechanisms.flatMap((m) => [
      labelled(m.name, m.evidence),
      ...(m.quote ? [p(`${words.quote}${PUNCT.open}${m.quote}${PUNCT.close}`, { size: 18 })] : []),
    ]),
    h(words.figures),
    table(
      [...words.figureHead, words.quote],
      doc.figures.map((f) => [
        f.label,
        f.value,
        f.qualifier,
        f.scope,
        `${PUNCT.open}${f.quote}${PUNCT.close}`,
      ]),
    ),
    h(words.lessons),
    labelled(words.approach, doc.lessons.approach),
    ...doc.lessons.conditions.map(bullet),
    ...doc.lessons.risks.map(bullet),
    h(words.questions),
    ...numbered(doc.questions),
    h(words.source),
    p(doc.sourceCitation, { size: 18 }),
    labelled(words.citePage, doc.pageCitation),
  ];
  const document = new Document({
    creator: words.source,
    title,
    styles: {
      default: {
        document: {
          run: { font: DOC_FONTS.body, size: 21 },
          paragraph: { alignment: AlignmentType.LEFT },
        },
        heading1: { run: { font: DOC_FONTS.heading, size: 32, bold: true } },
        heading2: { run: { font: DOC_FONTS.heading, size: 24, bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children: [...handout, ...full],
      },
    ],
  });
  return Packer.toBuffer(document);
}
