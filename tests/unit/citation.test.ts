/**
 * Each citation style against worked examples written by hand from the standards, not from the
 * output: GB/T 7714—2015 for an electronic resource (主要责任者. 题名[EB/OL]. 出版者,
 * 出版年(更新或修改日期)[引用日期]. 获取和访问路径.) and for a dataset ([DS/OL] with its version),
 * APA 7 for a webpage in another language (title, then its English translation in brackets) and
 * for a versioned data set. The reader's access date is never filled in by the build.
 */
import { describe, expect, test } from 'vitest';
import {
  citeDatasetApa,
  citeDatasetGbt7714,
  citePageApa,
  citePageGbt7714,
  citeSourceApa,
  citeSourceGbt7714,
  type CitationWords,
} from '../../src/domain/citation';
import { CITATION_WORDS } from '../../src/i18n/citation';
import type { Source } from '../../src/schemas/source';
import { loadContent } from '../helpers/content';

const words: CitationWords = {
  accessed: '引用日期',
  accessedEn: 'date accessed',
  url: '本页网址',
  urlEn: 'URL of this page',
  versionGbt: '{version}版',
  versionApa: 'Version {version}',
  datasetApa: 'Data set',
  noDateApa: 'n.d.',
  retrievedApa: 'Retrieved {date}, from {url}',
  monthsEn: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const article: Source = {
  id: 'rmlt-quyuhua-xianyu',
  title: '创新推动区域化党建的县域探索',
  titleEnglish: 'County-level explorations in innovating regional Party building',
  type: 'online-article',
  author: '《国家治理》周刊编辑部',
  publisher: '人民论坛网·国家治理网',
  contributors: [],
  published: '2019-06-04',
  dateBasis: 'url-path',
  url: 'http://rmlt.com.cn/2019/0604/548902.shtml',
  urlCheck: { status: 'reported', by: '审读', note: '未复核' },
  cites: [],
};

const undated: Source = {
  id: 'undated',
  title: '某县党建报道',
  titleEnglish: 'A county Party-building report',
  type: 'online-article',
  author: '某报编辑部',
  publisher: '某报网',
  contributors: [],
  cites: [],
};

describe('GB/T 7714—2015', () => {
  test('an online article: publisher, year (date), access date to fill in, address', () => {
    expect(citeSourceGbt7714(article, words)).toBe(
      '《国家治理》周刊编辑部. 创新推动区域化党建的县域探索[EB/OL]. 人民论坛网·国家治理网, 2019(2019-06-04)[引用日期]. http://rmlt.com.cn/2019/0604/548902.shtml.',
    );
  });

  test('an article without date or address prints neither, but keeps the access date', () => {
    expect(citeSourceGbt7714(undated, words)).toBe(
      '某报编辑部. 某县党建报道[EB/OL]. 某报网[引用日期].',
    );
  });

  test('the dataset: [DS/OL], its version, release date, access date and address', () => {
    const dataset = {
      author: '区域化党建县域案例库',
      title: '区域化党建县域案例库开放数据',
      titleEnglish: 'Open data',
      version: '1.0.0',
      released: '2026-12-01',
      url: 'https://example.org/casebook/data/',
    };
    expect(citeDatasetGbt7714(dataset, words)).toBe(
      '区域化党建县域案例库. 区域化党建县域案例库开放数据[DS/OL]. 1.0.0版. (2026-12-01)[引用日期]. https://example.org/casebook/data/.',
    );
  });

  test('a page of the casebook, dated by its last change; unknown address is a placeholder', () => {
    const page = { author: '区域化党建县域案例库', title: '永春县：“1+X”', updated: '2026-12-01' };
    expect(citePageGbt7714({ ...page, url: 'https://example.org/cases/yongchun/' }, words)).toBe(
      '区域化党建县域案例库. 永春县：“1+X”[EB/OL]. (2026-12-01)[引用日期]. https://example.org/cases/yongchun/.',
    );
    expect(citePageGbt7714(page, words)).toBe(
      '区域化党建县域案例库. 永春县：“1+X”[EB/OL]. (2026-12-01)[引用日期]. [本页网址].',
    );
  });
});

describe('APA 7', () => {
  test('an online article: full date, original title with its English translation, site, URL', () => {
    expect(citeSourceApa(article, words)).toBe(
      '《国家治理》周刊编辑部. (2019, June 4). 创新推动区域化党建的县域探索 [County-level explorations in innovating regional Party building]. 人民论坛网·国家治理网. http://rmlt.com.cn/2019/0604/548902.shtml',
    );
  });

  test('an undated article: n.d.', () => {
    expect(citeSourceApa(undated, words)).toBe(
      '某报编辑部. (n.d.). 某县党建报道 [A county Party-building report]. 某报网.',
    );
  });

  test('the dataset: year, translated title, (Version x) [Data set], URL; no retrieval date', () => {
    const dataset = {
      author: '区域化党建县域案例库',
      title: '区域化党建县域案例库开放数据',
      titleEnglish: 'Open data',
      version: '1.0.0',
      released: '2026-12-01',
      url: 'https://example.org/casebook/data/',
    };
    expect(citeDatasetApa(dataset, words)).toBe(
      '区域化党建县域案例库. (2026). 区域化党建县域案例库开放数据 [Open data] (Version 1.0.0) [Data set]. https://example.org/casebook/data/',
    );
  });

  test('a page that changes: date of the change, and a retrieval date left to the reader', () => {
    expect(
      citePageApa(
        {
          author: '区域化党建县域案例库',
          title: '区域化党建县域案例库',
          titleEnglish: 'A casebook',
          updated: '2026-12-01',
          url: 'https://example.org/',
        },
        words,
      ),
    ).toBe(
      '区域化党建县域案例库. (2026, December 1). 区域化党建县域案例库 [A casebook]. Retrieved [date accessed], from https://example.org/',
    );
  });
});

describe('the citations the site prints', () => {
  const { sources } = loadContent();
  const today = new Date().toISOString().slice(0, 10);

  test('use the dictionary’s placeholders, not the build date', () => {
    for (const source of sources) {
      const gbt = citeSourceGbt7714(source, CITATION_WORDS);
      expect(gbt).toContain(`[${CITATION_WORDS.accessed}]`);
      expect(gbt).not.toContain(today);
      expect(citeSourceApa(source, CITATION_WORDS)).not.toContain(today);
    }
  });

  test('every source with an address prints it, with its date, in both styles', () => {
    for (const source of sources.filter((s) => s.url)) {
      expect(citeSourceGbt7714(source, CITATION_WORDS)).toContain(source.url);
      expect(citeSourceApa(source, CITATION_WORDS)).toContain(source.url);
      if (source.published) {
        expect(citeSourceGbt7714(source, CITATION_WORDS)).toContain(`(${source.published})`);
      }
    }
  });
});
