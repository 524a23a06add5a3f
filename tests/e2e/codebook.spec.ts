import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Expected figures computed here from the raw CSVs, independently of the site's module.
function kappaFromCsvs(): string {
  const read = (f: string) =>
    new Map(
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [county, mechanism, code] = line.split(',');
          return [`${county}|${mechanism}`, code === '1' ? 1 : 0] as const;
        }),
    );
  const a = read('content/coding/coder-a.csv');
  const b = read('content/coding/coder-b.csv');
  let agree = 0;
  let ya = 0;
  let yb = 0;
  for (const [k, va] of a) {
    const vb = b.get(k)!;
    if (va === vb) agree++;
    ya += va;
    yb += vb;
  }
  const n = a.size;
  const po = agree / n;
  const pe = (ya / n) * (yb / n) + (1 - ya / n) * (1 - yb / n);
  return ((po - pe) / (1 - pe)).toFixed(3);
}

test('the codebook page shows the overall kappa, each resolution and its downloads', async ({
  page,
}) => {
  await page.goto('data/codebook/');
  await expect(page.getByTestId('overall-kappa')).toContainText(`kappa = ${kappaFromCsvs()}`);
  await expect(page.getByTestId('codebook-entry')).toHaveCount(39);
  const resolutions = page.getByTestId('resolution');
  await expect(resolutions.filter({ hasText: '新源县' })).toContainText('处理结果：0');
  await expect(resolutions.filter({ hasText: '大余县' })).toContainText('处理结果：0');
  await expect(page.getByText('同一个人工智能模型')).toBeVisible();
  for (const name of ['codebook.csv', 'codebook.json', 'coder-a.csv', 'coder-b.csv']) {
    const href = await page.locator(`a[href$="${name}"]`).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.ok(), name).toBe(true);
  }
});

test('/data/ links the codebook and /about/ carries the method and figures', async ({ page }) => {
  await page.goto('data/');
  await page.locator('a[href$="data/codebook/"]').first().click();
  await expect(page).toHaveURL(/data\/codebook\/$/);
  await page.goto('about/');
  const section = page.locator('#coding');
  await expect(section.getByTestId('overall-kappa')).toContainText(`kappa = ${kappaFromCsvs()}`);
  await expect(section.locator('tbody tr')).toHaveCount(39);
  await expect(section.getByTestId('resolution')).toHaveCount(5);
});
