/**
 * A case as a PowerPoint deck (.pptx), built with `pptxgenjs` at build time: title, the model's
 * anatomy, the tiers, key figures as a bar chart with its source, mechanisms, questions and
 * sources. Font: Microsoft YaHei (every Chinese Windows and WPS has it; others fall back). The chart
 * draws only figures of one unit (views/teach.ts chartFigures); words come in through `words`.
 */
import PptxGenJS from 'pptxgenjs';
import { chartFigures, type CaseDocument } from '../views/teach';
import { OFFICE_FONTS, PUNCT } from '../i18n/teach';

export const DECK_FONT = OFFICE_FONTS.heading;

export interface PptxWords {
  anatomy: string;
  tiers: string;
  keyFigures: string;
  chartUnit: string;
  chartSource: string;
  noChart: string;
  mechanisms: string;
  questions: string;
  sources: string;
  citePage: string;
  address: string;
}

const INK = '1F2328';
const ACCENT = '9F1D20';
const MUTED = '555D66';

export async function casePptx(doc: CaseDocument, words: PptxWords): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${doc.county}：“${doc.model}”`;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const base = { fontFace: DECK_FONT, color: INK } as const;
  const heading = (slide: PptxGenJS.Slide, text: string) =>
    slide.addText(text, {
      ...base,
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.7,
      fontSize: 26,
      bold: true,
      color: ACCENT,
    });

  const title = pptx.addSlide();
  title.addText(doc.county, { ...base, x: 0.7, y: 1.6, w: 12, h: 0.8, fontSize: 24, color: MUTED });
  title.addText(`“${doc.model}”`, {
    ...base,
    x: 0.7,
    y: 2.4,
    w: 12,
    h: 1.2,
    fontSize: 44,
    bold: true,
    color: ACCENT,
  });
  title.addText(doc.tagline, { ...base, x: 0.7, y: 3.7, w: 11.8, h: 1, fontSize: 18 });
  title.addText(`${doc.place}${doc.county}${doc.profile ? ` · ${doc.profile}` : ''}`, {
    ...base,
    x: 0.7,
    y: 5.6,
    w: 11.8,
    h: 0.9,
    fontSize: 12,
    color: MUTED,
  });

  const anatomy = pptx.addSlide();
  heading(anatomy, words.anatomy);
  anatomy.addText(
    doc.parts.flatMap((part) => [
      { text: part.name, options: { bold: true, fontSize: 18, color: ACCENT, breakLine: true } },
      {
        text: part.mechanisms.join(PUNCT.list),
        options: { fontSize: 14, breakLine: true, paraSpaceAfter: 10 },
      },
    ]),
    { ...base, x: 0.6, y: 1.2, w: 12.1, h: 5.8, valign: 'top' },
  );

  const tiers = pptx.addSlide();
  heading(tiers, words.tiers);
  const width = 12.3 / doc.tiers.length;
  doc.tiers.forEach((chain, c) => {
    const x = 0.5 + c * width;
    tiers.addText(chain.name, {
      ...base,
      x,
      y: 1.1,
      w: width - 0.2,
      h: 0.5,
      fontSize: 14,
      bold: true,
    });
    chain.levels.forEach((level, i) => {
      tiers.addText(level, {
        ...base,
        x: x + 0.1,
        y: 1.8 + i * 1.1,
        w: width - 0.4,
        h: 0.7,
        fontSize: 12,
        align: 'center',
        shape: pptx.ShapeType.roundRect,
        fill: { color: i === 0 ? ACCENT : 'FFFFFF' },
        color: i === 0 ? 'FFFFFF' : INK,
        line: { color: ACCENT, width: 1 },
      });
      if (i > 0)
        tiers.addShape(pptx.ShapeType.line, {
          x: x + (width - 0.2) / 2,
          y: 1.8 + i * 1.1 - 0.4,
          w: 0,
          h: 0.4,
          line: { color: MUTED, width: 1.5, endArrowType: 'triangle' },
        });
    });
  });

  const figures = pptx.addSlide();
  heading(figures, words.keyFigures);
  const bars = chartFigures(doc);
  if (bars.length) {
    figures.addChart(
      pptx.ChartType.bar,
      [
        {
          name: words.keyFigures,
          labels: bars.map((f) => `${f.label} ${f.value}（${f.scope}）`),
          values: bars.map((f) => f.number),
        },
      ],
      {
        x: 0.5,
        y: 1.1,
        w: 7.6,
        h: 5.2,
        barDir: 'bar',
        catAxisLabelFontFace: DECK_FONT,
        catAxisLabelFontSize: 10,
        valAxisLabelFontFace: DECK_FONT,
        showValue: true,
        dataLabelFontFace: DECK_FONT,
        chartColors: [ACCENT],
        showTitle: true,
        title: words.chartUnit.replace('{unit}', bars[0]!.unit),
        titleFontFace: DECK_FONT,
        titleFontSize: 12,
      },
    );
  } else {
    figures.addText(words.noChart, {
      ...base,
      x: 0.5,
      y: 1.2,
      w: 7.6,
      h: 1,
      fontSize: 14,
      color: MUTED,
    });
  }
  figures.addText(
    doc.keyFigures.map((f) => ({
      text: `${f.label}：${f.value}（${f.qualifier}；${f.scope}）`,
      options: { fontSize: 13, breakLine: true, paraSpaceAfter: 6 },
    })),
    { ...base, x: 8.3, y: 1.1, w: 4.6, h: 5.2, valign: 'top' },
  );
  figures.addText(`${words.chartSource}${doc.sourceCitation}`, {
    ...base,
    x: 0.5,
    y: 6.5,
    w: 12.3,
    h: 0.7,
    fontSize: 9,
    color: MUTED,
  });

  const mechanisms = pptx.addSlide();
  heading(mechanisms, words.mechanisms);
  mechanisms.addText(
    doc.mechanisms.map((m) => ({
      text: m.quote ? `${m.name}${PUNCT.colon}${PUNCT.open}${m.quote}${PUNCT.close}` : m.name,
      options: { fontSize: doc.mechanisms.length > 10 ? 11 : 14, breakLine: true, bullet: true },
    })),
    { ...base, x: 0.6, y: 1.1, w: 12.1, h: 6, valign: 'top' },
  );

  const questions = pptx.addSlide();
  heading(questions, words.questions);
  questions.addText(
    doc.questions.map((q) => ({
      text: q,
      options: { fontSize: 15, breakLine: true, bullet: { type: 'number' }, paraSpaceAfter: 10 },
    })),
    { ...base, x: 0.6, y: 1.1, w: 12.1, h: 6, valign: 'top' },
  );

  const sources = pptx.addSlide();
  heading(sources, words.sources);
  sources.addText(
    [
      { text: doc.sourceCitation, options: { fontSize: 14, breakLine: true, paraSpaceAfter: 14 } },
      {
        text: `${words.citePage}：${doc.pageCitation}`,
        options: { fontSize: 12, breakLine: true, paraSpaceAfter: 8 },
      },
      { text: `${words.address}：${doc.address}`, options: { fontSize: 12, color: MUTED } },
    ],
    { ...base, x: 0.6, y: 1.2, w: 12.1, h: 5, valign: 'top' },
  );

  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
