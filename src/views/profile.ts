/**
 * The county profile block of a case page: one row per figure with its words, its year and the
 * anchor of its source record, plus the records themselves for the sources section. Pure.
 */
import type { CountyProfile } from '../domain/profile-figures';
import type { NotFound, NumberFigure, ProfileSource, TextFigure } from '../schemas/profile';
import { formatNumber } from '../i18n/format';
import { profileText as p, type ProfileUiKey } from '../i18n/profile';

export interface ProfileRow {
  key: string;
  label: string;
  /** The figure as read, or the not-found words. */
  value: string;
  /** Breakdown shown after the value (街道 3、镇 9、乡 4). */
  detail: string | undefined;
  /** "2020年", "年份未注明", or undefined where a year does not apply (names). */
  year: string | undefined;
  notFound: boolean;
  /** Fragment id of the record the figure links to. */
  sourceAnchor: string;
  /** Short description of the source for the link's tooltip. */
  sourceTitle: string;
  secondary: boolean;
}

export interface ProfileRecord {
  anchor: string;
  label: string;
  /** Found: the source record; not found: only the note of what was searched. */
  source: ProfileSource | undefined;
  note: string;
  year: string | undefined;
}

export interface ProfileAliasView {
  line: string;
  basis: string;
}

export interface ProfileView {
  rows: ProfileRow[];
  aliases: ProfileAliasView[];
  records: ProfileRecord[];
  registry: { anchor: string; text: string; note: string };
}

const anchorFor = (caseId: string, field: string) => `profile-${caseId}-${field}`;

function yearText(year: number | undefined): string {
  return year === undefined ? p('profile.yearUnknown') : `${year}${p('profile.yearSuffix')}`;
}

function sourceTitle(source: ProfileSource): string {
  const kind = p(`profile.sourceKind.${source.sourceKind}`);
  return `${source.publisher}《${source.title}》（${kind}）`;
}

export function profileView(profile: CountyProfile): ProfileView {
  const { caseId, data, counts } = profile;
  const rows: ProfileRow[] = [];
  const records: ProfileRecord[] = [];
  const registryAnchor = `profile-${caseId}-registry`;
  const registryText = `${profile.registryLabel}：${data.registry.vintage}`;
  const registryYear = yearText(Number(data.registry.asOf.slice(0, 4)));

  const sourced = (
    field: string,
    labelKey: ProfileUiKey,
    figure: NumberFigure | TextFigure | NotFound,
    show: (f: NumberFigure | TextFigure) => string,
    hasYear: boolean,
  ) => {
    const anchor = anchorFor(caseId, field);
    const label = p(labelKey);
    if (figure.status === 'not-found') {
      rows.push({
        key: field,
        label,
        value: p('profile.notFound'),
        detail: undefined,
        year: undefined,
        notFound: true,
        sourceAnchor: anchor,
        sourceTitle: p('profile.searched'),
        secondary: false,
      });
      records.push({ anchor, label, source: undefined, note: figure.note, year: undefined });
      return;
    }
    const stated = 'year' in figure ? figure.year : undefined;
    const year = hasYear ? yearText(stated) : undefined;
    rows.push({
      key: field,
      label,
      value: show(figure),
      detail: undefined,
      year,
      notFound: false,
      sourceAnchor: anchor,
      sourceTitle: sourceTitle(figure.source),
      secondary: figure.source.sourceKind === 'secondary',
    });
    records.push({
      anchor,
      label,
      source: figure.source,
      note: figure.source.note ?? '',
      year: stated === undefined ? undefined : yearText(stated),
    });
  };
  const number = (f: NumberFigure | TextFigure) => {
    const figure = f as NumberFigure;
    const { number: n, unit } = formatNumber(figure.value, figure.unit);
    return unit === '%' ? `${n}%` : `${n} ${unit}`;
  };
  const registryRow = (
    key: string,
    labelKey: ProfileUiKey,
    value: string,
    detail?: string,
    withYear = true,
  ) =>
    rows.push({
      key,
      label: p(labelKey),
      value,
      detail,
      year: withYear ? registryYear : undefined,
      notFound: false,
      sourceAnchor: registryAnchor,
      sourceTitle: registryText,
      secondary: false,
    });

  sourced('population', 'profile.population', data.population, number, true);
  sourced('area', 'profile.area', data.areaKm2, number, true);
  sourced('seat', 'profile.seat', data.countySeat, (f) => String(f.value), false);
  registryRow(
    'autonomy',
    'profile.autonomy',
    data.autonomous
      ? p('profile.autonomous.yes')
      : profile.prefectureAutonomous
        ? p('profile.autonomous.inPrefecture', { prefecture: profile.prefecture })
        : p('profile.autonomous.no'),
    undefined,
    false,
  );
  registryRow(
    'townships',
    'profile.townships',
    p('profile.count', { count: counts.townships }),
    p('profile.townships.breakdown', {
      subdistricts: counts.subdistricts,
      towns: counts.towns,
      xiang: counts.xiang,
    }),
  );
  registryRow(
    'villages',
    'profile.villageLevel',
    p('profile.count', { count: counts.villageLevel }),
    p('profile.villageLevel.breakdown', {
      villages: counts.villages,
      communities: counts.communities,
    }),
  );
  sourced('urbanisation', 'profile.urbanisation', data.urbanisationRate, number, true);
  sourced('budget', 'profile.budget', data.budgetRevenue, number, true);

  const aliases = profile.aliases.map((alias) => ({
    line: p('profile.aliasLine', {
      source: alias.source,
      current: alias.currentTownship
        ? p('profile.aliasParent', { township: alias.currentTownship, name: alias.current })
        : alias.current,
      code: alias.code,
    }),
    basis: alias.basis,
  }));

  return {
    rows,
    aliases,
    records,
    registry: { anchor: registryAnchor, text: registryText, note: p('profile.registryNote') },
  };
}
