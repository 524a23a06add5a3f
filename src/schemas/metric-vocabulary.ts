/**
 * The controlled vocabulary of metrics. Every figure in a case uses one of these keys, so the
 * same thing is counted the same way across counties and can be compared, charted and exported.
 * Add a key here before using it in content; keep the unit the one the sources use.
 */

/** Families of metrics, in the order the site shows them. */
export const METRIC_CATEGORIES = {
  organisations: { zh: '组织', en: 'Organisations' },
  people: { zh: '人员', en: 'People' },
  service_points: { zh: '服务阵地', en: 'Service points' },
  funding: { zh: '经费', en: 'Funding' },
  activities: { zh: '活动', en: 'Activities' },
  outcomes: { zh: '成效', en: 'Outcomes' },
  standards: { zh: '标准与比例', en: 'Standards and rates' },
} as const;
export type MetricCategory = keyof typeof METRIC_CATEGORIES;

export interface MetricDefinition {
  /** Chinese label shown on the site. */
  zh: string;
  /** English label for researchers and the open data. */
  en: string;
  /** Family the metric belongs to. */
  category: MetricCategory;
  /** Unit every value of this key is stated in. */
  unit: string;
  /**
   * True for counts that describe the model's design (its tiers, parts, merged networks,
   * the day of a meeting) rather than its scale; they are not picked as headline figures.
   */
  design?: boolean;
}

const define = <T extends Record<string, MetricDefinition>>(entries: T) => entries;

export const METRIC_KEYS = define({
  // organisations
  communities: { zh: '社区', en: 'Communities', category: 'organisations', unit: '个' },
  community_party_committees: {
    zh: '社区党委',
    en: 'Community Party committees',
    category: 'organisations',
    unit: '个',
  },
  community_general_branches: {
    zh: '社区党总支',
    en: 'Community general Party branches',
    category: 'organisations',
    unit: '个',
  },
  community_party_branches: {
    zh: '社区党支部',
    en: 'Community Party branches',
    category: 'organisations',
    unit: '个',
  },
  branches_upgraded: {
    zh: '升格为党委的党支部',
    en: 'Party branches upgraded to committees',
    category: 'organisations',
    unit: '个',
  },
  branches_governed: {
    zh: '下辖党支部',
    en: 'Party branches under one organisation',
    category: 'organisations',
    unit: '个',
  },
  regional_party_orgs: {
    zh: '区域性党组织',
    en: 'Regional Party organisations',
    category: 'organisations',
    unit: '个',
  },
  regional_orgs_cluster: {
    zh: '“一片”式区域党组织',
    en: 'Cluster-type ("one area") regional Party organisations',
    category: 'organisations',
    unit: '个',
  },
  regional_orgs_group: {
    zh: '“一团”式区域党组织',
    en: 'Group-type ("one team") regional Party organisations',
    category: 'organisations',
    unit: '个',
  },
  regional_orgs_line: {
    zh: '“一线”式区域党组织',
    en: 'Line-type ("one line") regional Party organisations',
    category: 'organisations',
    unit: '个',
  },
  regional_general_branches: {
    zh: '区域性党总支',
    en: 'Regional general Party branches',
    category: 'organisations',
    unit: '个',
  },
  functional_party_orgs: {
    zh: '功能性党组织',
    en: 'Functional Party organisations',
    category: 'organisations',
    unit: '个',
  },
  industry_chain_party_orgs: {
    zh: '产业链党组织',
    en: 'Party organisations along an industry chain',
    category: 'organisations',
    unit: '个',
  },
  nonpublic_firms_with_party_org: {
    zh: '建立党组织的规模以上非公企业',
    en: 'Large non-public firms with a Party organisation',
    category: 'organisations',
    unit: '家',
  },
  party_alliance_communities: {
    zh: '建立党建联盟的社区',
    en: 'Communities with a Party-building alliance',
    category: 'organisations',
    unit: '个',
  },
  co_building_units: {
    zh: '共建单位',
    en: 'Co-building partner units',
    category: 'organisations',
    unit: '家',
  },
  partner_communities: {
    zh: '结对共建社区',
    en: 'Communities in co-building pairs',
    category: 'organisations',
    unit: '个',
  },
  joint_meeting_townships: {
    zh: '召开联席会议的乡镇',
    en: 'Townships holding joint meetings',
    category: 'organisations',
    unit: '个',
  },
  joint_meeting_communities: {
    zh: '召开联席会议的社区',
    en: 'Communities holding joint meetings',
    category: 'organisations',
    unit: '个',
  },
  tier_levels: {
    zh: '组织层级',
    en: 'Tiers in the organisational structure',
    category: 'organisations',
    unit: '级',
    design: true,
  },
  linkage_levels: {
    zh: '联动层级',
    en: 'Levels in a linkage mechanism',
    category: 'organisations',
    unit: '级',
    design: true,
  },
  info_system_levels: {
    zh: '党内信息管理系统联通的层级',
    en: 'Administrative levels linked by the Party information system',
    category: 'organisations',
    unit: '级',
    design: true,
  },
  mobile_member_db_levels: {
    zh: '建立流动党员信息库的层级',
    en: 'Administrative levels keeping a database of mobile Party members',
    category: 'organisations',
    unit: '级',
    design: true,
  },
  model_components: {
    zh: '模式的组成板块',
    en: 'Named components of the county model',
    category: 'organisations',
    unit: '个',
    design: true,
  },
  merged_networks: {
    zh: '合而为一的网络（网格）',
    en: 'Networks merged into one grid',
    category: 'organisations',
    unit: '个',
    design: true,
  },
  // people
  party_members: { zh: '党员', en: 'Party members', category: 'people', unit: '名' },
  in_service_members_reporting: {
    zh: '到社区报到的在职党员',
    en: 'In-service Party members reporting to communities',
    category: 'people',
    unit: '名',
  },
  volunteer_members: {
    zh: '参加志愿服务队伍的党员',
    en: 'Party members in volunteer teams',
    category: 'people',
    unit: '名',
  },
  fulltime_party_staff: {
    zh: '专职党务工作者',
    en: 'Full-time Party-affairs staff',
    category: 'people',
    unit: '名',
  },
  residents_served: { zh: '服务覆盖群众', en: 'Residents served', category: 'people', unit: '名' },
  education_participants: {
    zh: '参加主题教育的党员干部',
    en: 'Members and cadres in a themed education visit',
    category: 'people',
    unit: '名',
  },
  elderly_paired: {
    zh: '结对服务的空巢老人',
    en: 'Elderly people living alone paired for care',
    category: 'people',
    unit: '名',
  },
  secretaries_appointed: {
    zh: '选配的社区党支部书记',
    en: 'Community Party secretaries appointed',
    category: 'people',
    unit: '名',
  },
  staff_trained: {
    zh: '接受专题培训的社区党建工作人员',
    en: 'Community Party-building staff trained',
    category: 'people',
    unit: '名',
  },
  // service points
  service_centres: {
    zh: '党群（党员）服务中心',
    en: 'Party-mass (Party member) service centres',
    category: 'service_points',
    unit: '个',
  },
  service_stations: {
    zh: '社区为民服务站',
    en: 'Community service stations',
    category: 'service_points',
    unit: '个',
  },
  volunteer_service_points: {
    zh: '党员志愿者服务点',
    en: 'Party volunteer service points',
    category: 'service_points',
    unit: '个',
  },
  open_venue_communities: {
    zh: '向驻区单位开放活动场所的社区',
    en: 'Communities opening venues to resident units',
    category: 'service_points',
    unit: '个',
  },
  service_venues: { zh: '服务场所', en: 'Service venues', category: 'service_points', unit: '个' },
  remote_education_sites: {
    zh: '远程教育终端接收站点',
    en: 'Remote-education receiving sites',
    category: 'service_points',
    unit: '个',
  },
  teahouses: {
    zh: '“民声茶馆”',
    en: '"Voice of the people" teahouses',
    category: 'service_points',
    unit: '个',
  },
  online_groups: {
    zh: '党建QQ交流群',
    en: 'Party-building QQ chat groups',
    category: 'service_points',
    unit: '个',
  },
  volunteer_teams: {
    zh: '党员志愿服务队伍',
    en: 'Party volunteer service teams',
    category: 'service_points',
    unit: '支',
  },
  joint_service_teams: {
    zh: '联合服务队伍',
    en: 'Joint service teams',
    category: 'service_points',
    unit: '支',
  },
  platform_screens: {
    zh: '数字平台互动终端类型',
    en: 'Screen types linked in the digital platform',
    category: 'service_points',
    unit: '类',
    design: true,
  },
  service_centre_area: {
    zh: '服务中心面积',
    en: 'Floor area of a service centre',
    category: 'service_points',
    unit: '平方米',
  },
  // funding
  platform_investment: {
    zh: '数字化服务平台投入',
    en: 'Investment in the digital service platform',
    category: 'funding',
    unit: '元',
  },
  service_centre_investment: {
    zh: '服务中心建设投入',
    en: 'Investment in a service centre',
    category: 'funding',
    unit: '元',
  },
  hardship_fund: {
    zh: '党员困难互助金',
    en: 'Mutual-aid fund for members in hardship',
    category: 'funding',
    unit: '元',
  },
  annual_grassroots_funding: {
    zh: '财政每年划拨的基层党建与办公经费',
    en: 'Annual public funding for grassroots Party work and offices',
    category: 'funding',
    unit: '元/年',
  },
  // activities
  activity_day_workday_of_month: {
    zh: '统一活动日（每月第几个工作日）',
    en: 'Unified activity day (working day of the month)',
    category: 'activities',
    unit: '第N个工作日',
    design: true,
  },
  activity_day_week_of_month: {
    zh: '统一活动日（每月第几周的星期六）',
    en: 'Unified activity day (Saturday of week N)',
    category: 'activities',
    unit: '第N周',
    design: true,
  },
  courtyard_meetings_per_month: {
    zh: '“小康院坝会”频次',
    en: 'Courtyard meetings per month',
    category: 'activities',
    unit: '次/月',
  },
  research_topics: {
    zh: '分区域确定的党建课题',
    en: 'Area-specific Party-building topics',
    category: 'activities',
    unit: '个',
    design: true,
  },
  books_donated: { zh: '捐赠图书', en: 'Books donated', category: 'activities', unit: '套' },
  // outcomes
  grievances_resolved: {
    zh: '解决的群众诉求与问题',
    en: 'Residents’ problems resolved',
    category: 'outcomes',
    unit: '件',
  },
  grievance_categories: {
    zh: '问题类别',
    en: 'Categories of problems resolved',
    category: 'outcomes',
    unit: '类',
    design: true,
  },
  party_work_coverage: {
    zh: '党的工作覆盖面',
    en: 'Coverage of Party work',
    category: 'outcomes',
    unit: '%',
  },
  // standards and rates
  monitoring_hours_per_day: {
    zh: '路口监控时长',
    en: 'Hours of junction monitoring per day',
    category: 'standards',
    unit: '小时/天',
  },
  fulltime_staff_per_community: {
    zh: '每个社区配备的专职党务干部',
    en: 'Full-time Party-affairs staff per community',
    category: 'standards',
    unit: '名/社区',
  },
  service_centres_per_community: {
    zh: '每个社区的党群服务中心',
    en: 'Party-mass service centres per community',
    category: 'standards',
    unit: '个/社区',
  },
  lead_party_orgs_per_community: {
    zh: '每个社区起统领作用的社区党组织',
    en: 'Lead community Party organisations per community',
    category: 'standards',
    unit: '个/社区',
    design: true,
  },
  grid_staffing_requirements: {
    zh: '网格力量配置要求（“四定”等）',
    en: 'Requirements fixed when staffing grids',
    category: 'standards',
    unit: '项',
    design: true,
  },
  community_venue_area_standard: {
    zh: '社区办公活动场所面积标准',
    en: 'Floor-area standard for community offices and venues',
    category: 'standards',
    unit: '平方米/社区',
  },
  village_venue_area_minimum: {
    zh: '村级活动场所面积',
    en: 'Floor area of village activity venues',
    category: 'standards',
    unit: '平方米',
  },
  soe_party_funding_rate: {
    zh: '国有企业党建经费占职工工资总额比例',
    en: 'SOE Party-work funding as a share of the wage bill',
    category: 'standards',
    unit: '%',
  },
} satisfies Record<string, MetricDefinition>);

export type MetricKey = keyof typeof METRIC_KEYS;

/** The definition of a key, or undefined when the key is not in the vocabulary. */
export function metricDefinition(key: string): MetricDefinition | undefined {
  return Object.hasOwn(METRIC_KEYS, key) ? METRIC_KEYS[key as MetricKey] : undefined;
}

/**
 * Units that count whole things (organisations, people, items, tiers, the n-th day or week):
 * their values must be whole numbers. Units per community or per month are averages and may not be.
 */
export const COUNT_UNITS: readonly string[] = [
  '个',
  '件',
  '名',
  '套',
  '家',
  '支',
  '类',
  '级',
  '项',
  '第N个工作日',
  '第N周',
];
/** Units that are shares of a whole, 0 to 100. */
export const SHARE_UNITS: readonly string[] = ['%'];

/** Keys in vocabulary order, grouped by category in the order of METRIC_CATEGORIES. */
export function metricKeysByCategory(): Array<{ category: MetricCategory; keys: MetricKey[] }> {
  const all = Object.keys(METRIC_KEYS) as MetricKey[];
  return (Object.keys(METRIC_CATEGORIES) as MetricCategory[]).map((category) => ({
    category,
    keys: all.filter((key) => METRIC_KEYS[key].category === category),
  }));
}
