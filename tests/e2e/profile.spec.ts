import { test, expect, seriousViolations } from './fixtures';
import { loadContent, loadProfiles } from '../helpers/content';

const { cases } = loadContent();
const { profiles } = loadProfiles();

const FIELDS = [
  ['population', 'population'],
  ['area', 'areaKm2'],
  ['seat', 'countySeat'],
  ['urbanisation', 'urbanisationRate'],
  ['budget', 'budgetRevenue'],
] as const;

test.describe('county profile (县情) on the case page', () => {
  for (const entry of cases) {
    test(`${entry.id}: the profile comes before the model and every figure links to its record`, async ({
      page,
      watch,
    }) => {
      const profile = profiles.find((p) => p.data.case === entry.id)!.data;
      await page.goto(`cases/${entry.id}/`);
      const block = page.getByRole('region', { name: '县情' });
      await expect(block).toBeVisible();
      // Near the top: before the key facts and the model's parts.
      const before = await page.evaluate(() => {
        const profileBlock = document.querySelector('.county-profile')!;
        const parts = document.querySelector('.case-grid')!;
        return Boolean(
          profileBlock.compareDocumentPosition(parts) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      });
      expect(before).toBe(true);

      for (const [key, field] of FIELDS) {
        const figure = profile[field];
        const row = block.locator(`[data-figure="${key}"]`);
        if (figure.status === 'not-found') {
          await expect(row).toContainText('未找到公开来源');
        } else if (typeof figure.value === 'number') {
          await expect(row).toContainText(figure.value.toLocaleString('zh-CN'));
          if ('year' in figure && figure.year) await expect(row).toContainText(`${figure.year}年`);
        } else {
          await expect(row).toContainText(figure.value);
        }
        // The link lands on a record that names the publisher, or says what was searched.
        const href = await row.locator('a.figure-source').getAttribute('href');
        const record = page.locator(href!);
        await expect(record).toHaveCount(1);
        if (figure.status === 'found') {
          await expect(record).toContainText(figure.source.publisher);
          await expect(record).toContainText(figure.source.quote);
        } else {
          await expect(record).toContainText(figure.note);
        }
      }
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    });
  }

  test('永春: township and village counts from the registry match the county government’s own', async ({
    page,
  }) => {
    await page.goto('cases/yongchun/');
    // 永春县人民政府《永春概况》: 「22个乡(镇)、236个村(社区)」.
    await expect(page.locator('[data-figure="townships"]')).toContainText('22 个');
    await expect(page.locator('[data-figure="villages"]')).toContainText('236 个');
    await expect(page.locator('[data-figure="autonomy"]')).toContainText('否');
  });

  test('寻甸 is an autonomous county; 泸溪 only lies in an autonomous prefecture', async ({
    page,
  }) => {
    await page.goto('cases/xundian/');
    await expect(page.locator('[data-figure="autonomy"]')).toContainText('是');
    await page.goto('cases/luxi/');
    await expect(page.locator('[data-figure="autonomy"]')).toContainText('湘西土家族苗族自治州');
  });

  test('习水 shows the source’s old names beside the current divisions and their codes', async ({
    page,
  }) => {
    await page.goto('cases/xishui/');
    const aliases = page.locator('.profile-aliases');
    await expect(aliases).toContainText('原文「桃林乡」→ 今 桃林镇（区划代码 520330119）');
    await expect(aliases).toContainText('原文「东皇镇虹顶社区」→ 今 杉王街道虹顶社区');
  });

  test('the profile block is accessible', async ({ page }) => {
    await page.goto('cases/xishui/');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
