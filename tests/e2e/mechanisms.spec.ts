import { test, expect, seriousViolations, watchScripts, linksOutsideBase } from './fixtures';
import type { Page } from '@playwright/test';
import { loadContent } from '../helpers/content';
import { MECHANISM_CATEGORIES } from '../../src/schemas/mechanism';

const { cases, mechanisms } = loadContent();
const byOrder = [...cases].sort((a, b) => a.data.order - b.data.order);
const usersOf = (mechanismId: string) =>
  byOrder.filter((c) => c.data.mechanisms.some((u) => u.id === mechanismId));

/** The matrix as a reader sees it: column headings, and per row the name, marks and count. */
async function readMatrix(page: Page) {
  return page.locator('table.matrix').evaluate((table) => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, '') ?? '';
    const heads = [...table.querySelectorAll('thead th')];
    const counties = heads.slice(1, -1).map((th) => text(th.querySelector('a')));
    const rows = [...table.querySelectorAll('tbody tr')]
      .filter((tr) => tr.querySelector('th[scope="row"]'))
      .map((tr) => {
        const cells = [...tr.children].slice(1, -1);
        return {
          name: text(tr.querySelector('th[scope="row"] a')),
          marks: cells.map((td) => td.querySelector('a') !== null),
          count: Number(text(tr.lastElementChild)),
        };
      });
    return { counties, rows, totals: table.querySelectorAll('tfoot').length };
  });
}

async function expectNoScripts(page: Page, scripts: string[]) {
  expect(await page.locator('script').count()).toBe(0);
  expect(scripts).toEqual([]);
}

test.describe('mechanism matrix', () => {
  test('the marks match the case files, with counts per mechanism and no per-county total', async ({
    page,
    watch,
    baseURL,
  }) => {
    const scripts = watchScripts(page);
    await page.goto('mechanisms/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('机制矩阵');
    const matrix = await readMatrix(page);

    expect(matrix.counties).toEqual(byOrder.map((c) => c.data.shortName));
    expect(matrix.rows.map((r) => r.name).sort()).toEqual(mechanisms.map((m) => m.name).sort());
    for (const row of matrix.rows) {
      const mechanism = mechanisms.find((m) => m.name === row.name)!;
      const users = new Set(usersOf(mechanism.id).map((c) => c.id));
      expect(row.marks, mechanism.id).toEqual(byOrder.map((c) => users.has(c.id)));
      expect(row.count, mechanism.id).toBe(users.size);
    }
    // A county's number of marks mostly measures how much the article wrote about it: the page
    // gives no total per county, and says why.
    expect(matrix.totals).toBe(0);
    await expect(page.locator('#no-totals')).toContainText('不给出每个县的机制合计');
    await expect(page.locator('#no-totals')).toContainText('资料对各县写了多少');

    // Rows sit under their family's heading.
    const families = await page.locator('tbody').evaluateAll((bodies) =>
      bodies.map((tbody) => ({
        family: tbody.querySelector('th[scope="rowgroup"]')?.textContent ?? '',
        names: [...tbody.querySelectorAll('th[scope="row"] a')].map((a) => a.textContent!.trim()),
      })),
    );
    for (const { family, names } of families) {
      for (const name of names) {
        const mechanism = mechanisms.find((m) => m.name === name)!;
        expect(family, name).toContain(MECHANISM_CATEGORIES[mechanism.category].zh);
      }
    }

    await page.waitForLoadState('networkidle');
    await expectNoScripts(page, scripts);
    expect(await linksOutsideBase(page, baseURL!)).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('every mark links to that county’s evidence on its case page', async ({ page }) => {
    await page.goto('mechanisms/');
    // Each row's count links to the case index filtered by that mechanism.
    const countLinks = page.locator('table.matrix td.count a');
    await expect(countLinks.first()).toHaveAttribute('href', /cases\/\?mechanism=/);
    const links = await page.locator('table.matrix td a.mark').evaluateAll((as) =>
      as.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        row: a.closest('tr')!.querySelector('th[scope="row"]')!.textContent!.trim(),
      })),
    );
    const expected = mechanisms.reduce((n, m) => n + usersOf(m.id).length, 0);
    expect(links).toHaveLength(expected);

    const byPage = new Map<string, Array<{ id: string; row: string }>>();
    for (const link of links) {
      const url = new URL(link.href);
      expect(url.hash).toMatch(/^#mechanism-/);
      const list = byPage.get(url.pathname) ?? [];
      list.push({ id: decodeURIComponent(url.hash.slice(1)), row: link.row });
      byPage.set(url.pathname, list);
    }
    expect(byPage.size).toBe(cases.length);
    for (const [path, anchors] of byPage) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const entry = cases.find((c) => path.endsWith(`/cases/${c.id}/`))!;
      for (const anchor of anchors) {
        const target = page.locator(`[id="${anchor.id}"]`);
        await expect(target, `${path}#${anchor.id}`).toHaveCount(1);
        // The anchor holds that mechanism and this county's own evidence.
        await expect(target).toContainText(anchor.row);
        const mechanism = mechanisms.find((m) => m.name === anchor.row)!;
        const evidence = entry.data.mechanisms.find((u) => u.id === mechanism.id)!.evidence;
        await expect(target).toContainText(evidence);
      }
    }
  });

  test('a mark shows the county’s evidence on hover and on keyboard focus', async ({ page }) => {
    await page.goto('mechanisms/');
    const mechanism = mechanisms.find((m) => usersOf(m.id).length > 0)!;
    const county = usersOf(mechanism.id)[0]!;
    const evidence = county.data.mechanisms.find((u) => u.id === mechanism.id)!.evidence;
    const row = page.locator('tbody tr', {
      has: page.getByRole('link', { name: mechanism.name, exact: true }),
    });
    const mark = row.getByRole('link', { name: new RegExp(county.data.shortName) });
    const tipId = await mark.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    await expect(tip).toBeHidden();
    await mark.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(evidence);
    await page.locator('h1').click();
    await expect(tip).toBeHidden();
    await mark.hover();
    await expect(tip).toBeVisible();
  });

  test('headings link to the cases and to the mechanism pages', async ({ page, request }) => {
    await page.goto('mechanisms/');
    for (const entry of byOrder) {
      const link = page.locator('thead').getByRole('link', { name: entry.data.shortName });
      expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(
        new RegExp(`/cases/${entry.id}/$`),
      );
    }
    const hrefs = await page
      .locator('tbody th[scope="row"] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(mechanisms.length);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });

  test('on a 375 px phone the table scrolls inside its box with the mechanism column held', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('mechanisms/');
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    const box = page.getByRole('region', { name: /机制 × 县/ });
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const firstName = page.locator('tbody th[scope="row"]').first();
    const before = await firstName.boundingBox();
    await box.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(async () => (await firstName.boundingBox())?.x).toBeCloseTo(before!.x, 0);
    // The last county is reachable: sideways inside the box, once the box is scrolled to (the
    // site header takes two nav rows on a phone, so the table starts below the first screen).
    await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(page.locator('thead th').nth(cases.length)).toBeInViewport();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in print the whole matrix is on paper: no navigation, no scroll box, no tooltips', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto('mechanisms/');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    const box = page.getByRole('region', { name: /机制 × 县/ });
    const sizes = await box.evaluate((el) => ({
      scrollW: el.scrollWidth,
      clientW: el.clientWidth,
      scrollH: el.scrollHeight,
      clientH: el.clientHeight,
    }));
    expect(sizes.scrollW).toBeLessThanOrEqual(sizes.clientW);
    expect(sizes.scrollH).toBeLessThanOrEqual(sizes.clientH);
    await page.locator('table.matrix td a').first().focus();
    await expect(page.locator('.cell-tip').first()).toBeHidden();
  });
});

test.describe('mechanism pages', () => {
  test('each page lists exactly the counties that use the mechanism, with their evidence', async ({
    page,
    watch,
  }) => {
    test.setTimeout(90_000);
    for (const mechanism of mechanisms) {
      await page.goto(`mechanisms/${mechanism.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(mechanism.name);
      await expect(page.locator('main')).toContainText(mechanism.nameEn);
      await expect(page.locator('main')).toContainText(mechanism.definition);
      // The codebook rules, with each mechanism an exclusion names linked by its name.
      const rules = page.locator('section.rules');
      await expect(rules.locator('[data-rule="example"] dd')).toHaveText(mechanism.example);
      for (const rule of ['inclusion', 'exclusion'] as const) {
        const pointed = mechanism[rule].match(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g) ?? [];
        let text = mechanism[rule];
        for (const id of pointed)
          text = text.replace(id, mechanisms.find((m) => m.id === id)!.name);
        await expect(rules.locator(`[data-rule="${rule}"] dd`)).toHaveText(text);
        const hrefs = await rules
          .locator(`[data-rule="${rule}"] dd a`)
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs.map((h) => h!.replace(/^.*\/mechanisms\//, '').replace(/\/$/, ''))).toEqual(
          pointed,
        );
      }
      for (const alias of mechanism.aliases)
        await expect(page.locator('main')).toContainText(alias);

      const users = usersOf(mechanism.id);
      const section = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: /运用此机制的县/ }),
      });
      await expect(section.getByRole('heading', { level: 2 })).toContainText(`（${users.length}）`);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(
        users.map((c) => new RegExp(`^${c.data.shortName}`)),
      );
      for (const user of users) {
        const use = user.data.mechanisms.find((u) => u.id === mechanism.id)!;
        const item = section.getByRole('listitem').filter({
          has: page.getByRole('heading', { level: 3, name: new RegExp(`^${user.data.shortName}`) }),
        });
        await expect(item).toContainText(use.evidence);
        if (use.quote) await expect(item).toContainText(use.quote);
        const caseLink = item.getByRole('link', { name: user.data.shortName, exact: true });
        await expect(caseLink).toHaveAttribute('href', new RegExp(`/cases/${user.id}/$`));
        await expect(
          item.getByRole('link', { name: new RegExp(`在${user.data.shortName}案例中查看`) }),
        ).toHaveAttribute('href', new RegExp(`/cases/${user.id}/#mechanism-${mechanism.id}$`));
      }

      const compare = page.getByRole('link', { name: /^对比这/ });
      if (users.length >= 2) {
        const href = await compare.getAttribute('href');
        const url = new URL(href!, page.url());
        expect(url.pathname).toMatch(/\/compare\/$/);
        expect(url.searchParams.get('cases')).toBe(users.map((c) => c.id).join(','));
      } else {
        await expect(compare).toHaveCount(0);
      }
    }
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('related glossary terms are those whose entries name the mechanism', async ({ page }) => {
    const { glossary } = loadContent();
    const mechanism = mechanisms
      .map((m) => ({ m, n: glossary.filter((t) => t.mechanisms.includes(m.id)).length }))
      .sort((a, b) => b.n - a.n)[0]!.m;
    const terms = glossary.filter((t) => t.mechanisms.includes(mechanism.id));
    await page.goto(`mechanisms/${mechanism.id}/`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '相关术语' }),
    });
    const hrefs = await section
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    expect(hrefs.sort()).toEqual(terms.map((t) => t.id).sort());
  });

  test('a mechanism page is accessible, loads no JavaScript and is marked for search', async ({
    page,
    watch,
    baseURL,
  }) => {
    const scripts = watchScripts(page);
    const mechanism = mechanisms[0]!;
    await page.goto(`mechanisms/${mechanism.id}/`);
    await page.waitForLoadState('networkidle');
    await expectNoScripts(page, scripts);
    expect(await linksOutsideBase(page, baseURL!)).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    const body = page.locator('[data-pagefind-body]');
    await expect(body).toHaveCount(1);
    await expect(body.locator('[data-pagefind-filter="type"]')).toHaveText('mechanism'); // the filter holds the code; the search page labels it
    await expect(body.locator('[data-pagefind-meta="title"]')).toHaveText(mechanism.name);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});
