/**
 * Every UI string of the site lives here, keyed by purpose, so a second language is one more
 * object of the same shape. Content (cases, mechanisms, glossary) carries its own language.
 */
export const zhCN = {
  'site.name': '区域化党建县域案例库',
  'site.shortName': 'Casebook',
  'site.description':
    '收录县域区域化党建实践案例的开放知识库：结构化的模式、组织层级、机制与指标，可检索、可对比、可下载。',
  'skip.toMain': '跳到正文',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.cases': '案例',
  'nav.compare': '对比',
  'nav.mechanisms': '机制',
  'nav.glossary': '术语',
  'nav.data': '数据',
  'nav.about': '关于',
  'search.label': '搜索',
  'search.placeholder': '搜索案例、机制、术语',
  'search.submit': '搜索',
  'search.title': '搜索',
  'search.description': '在案例、机制和术语中全文检索，可按类型、省份、地区和机制筛选。',
  'search.intro': '输入县名、模式名、做法或术语，例如“民声茶馆”“时间银行”“网格”。',
  'search.noscript':
    '搜索在浏览器中运行，需要启用 JavaScript。也可以从“案例”“机制”“术语”栏目逐条浏览。',
  'search.loading': '正在加载搜索索引…',
  'search.loadError':
    '搜索索引无法加载，暂时不能搜索。请刷新页面重试；如果问题持续，请通过“案例”“机制”“术语”栏目浏览。',
  'search.searching': '正在搜索…',
  'search.count': '找到 {count} 条结果',
  'search.countFiltered': '找到 {count} 条结果（已按条件筛选）',
  'search.none': '没有找到与“{q}”相符的内容。',
  'search.noneFiltered': '在当前筛选条件下没有结果。',
  'search.clearFilters': '清除全部筛选',
  'search.tryTerms': '可以试试这些词：',
  'search.suggest.counties': '案例所在县',
  'search.suggest.mechanisms': '常见机制',
  'search.suggest.terms': '常用术语',
  'search.filters': '筛选',
  'search.filter.type': '类型',
  'search.filter.province': '省份',
  'search.filter.region': '地区',
  'search.filter.mechanism': '机制',
  'search.filter.count': '{value}（{count}）',
  'search.results': '搜索结果',
  'search.more': '显示更多结果',
  'search.keys': '提示：按 ↓ 进入结果列表，↑ ↓ 在结果间移动，Esc 回到搜索框。',
  'search.section': '相关段落：',
  'search.notice.unknownParam': '网址中的参数“{names}”无法识别，已忽略。',
  'search.notice.longQuery': '搜索词过长，只使用了前 {max} 个字。',
  'search.notice.unknownFilter': '筛选条件“{filter}：{value}”不存在，已忽略。',
  'footer.source': '资料来源',
  'footer.sourceText':
    '案例事实与数据取自《创新推动区域化党建的县域探索》（人民论坛网·国家治理网，《国家治理》周刊编辑部整理）及其所引原始报道；本站文字为编者重新撰写。',
  'footer.cite': '引用本站',
  'footer.citeText':
    '区域化党建县域案例库（Casebook）. 在线数据库. 访问页面时请注明页面网址与访问日期。',
  'footer.data': '开放数据',
  'footer.about': '方法说明',
  'common.backToTop': '回到顶部',
  'home.eyebrow': '县域区域化党建 · 结构化案例库',
  'home.whatTitle': '什么是区域化党建',
  'home.what1':
    '区域化党建，是以地域而不是以隶属关系来组织党的工作：由县、乡镇、街道或社区的党组织牵头，把驻在同一片区域、原本各归各管的机关、企事业单位、“两新”组织和村（社区）党组织联结起来。',
  'home.what2':
    '联结之后，各方一起商量本地的事、共用场地和经费、共同开展活动、共同管理和服务党员，用组织上的统筹来弥补“条块分割”带来的资源分散和各自为战。',
  'home.what3':
    '本库收录的县域案例，都拆解成模式构成、组织层级、所用机制和逐条附有原文出处的数据，方便学习借鉴、横向比较和课堂教学。',
  'home.stats': '本库概况',
  'home.statCases': '个县域案例',
  'home.statProvinces': '个省级行政区有案例',
  'home.statMetrics': '条有出处的数据',
  'home.statMechanisms': '项跨案例机制',
  'home.entryTitle': '从这里开始',
  'home.entryStudy': '研究一个模式',
  'home.entryStudyText':
    '逐个阅读案例：模式由哪几部分构成，组织怎样分层，用了哪些机制，每个数字出自原文哪一句。',
  'home.entryCompare': '对比多个县',
  'home.entryCompareText':
    '把两个或更多县并排比较；数字按范围和限定词对齐，不宜直接比较的会标出来。',
  'home.entryTeach': '用于教学',
  'home.entryTeachText':
    '每个案例附有讨论题，案例页可打印为 A4 讲义；课堂使用建议和各案例讨论题一览见此。',
  'home.mapTitle': '案例分布',
  'home.mapIntro':
    '每个方格代表一个省级行政区，按大致方位排列。深红色方格内有收录的案例，点击进入。',
  'home.mapSvgTitle': '案例所在省级行政区方格示意图',
  'home.mapSvgDesc': '共 {total} 个方格，各代表一个省级行政区；其中 {count} 个有案例：{names}。',
  'home.mapCaption':
    '示意图，不是地图：方格只表示大致方位，不表示边界、面积和形状。向社会公开的中国地图如绘有国界、省界，须依法送审并取得审图号；本图因此不画任何边界线。',
  'home.mapLegendCase': '有案例',
  'home.mapLegendOther': '暂无案例',
  'home.mapListTitle': '有案例的省级行政区',
  'home.mapTileCases': '{count} 个案例',
  'home.mapTileLabel': '{province}：{cases}',
  'home.modelsTitle': '{count} 种模式一览',
  'home.modelsIntro':
    '每张卡片是一个县的模式：名称、一句话概括和几项代表性数据。“≥”表示原文写作“余、多、以上”的下限数；注明范围的数字只针对该范围，不是全县合计。',
  'home.cardRead': '阅读案例',
  'home.cardReadLabel': '阅读{county}案例',
  'about.title': '方法说明',
  'about.lede':
    '本页说明案例库的数据从哪里来、怎样录入，数字旁的符号和范围是什么意思，哪些数字不宜直接比较，以及如何引用、如何用于教学、如何新增案例。',
  'about.toc': '本页目录',
  'about.extractionTitle': '数据是怎样整理出来的',
  'about.extractionFrom': '目前收录的事实和数据全部取自以下资料：',
  'about.extraction1':
    '编者逐段通读原文，把其中出现的每一个数字都录成一条“指标”，而不是只挑几个代表性的数字。每条指标有六个要素：指标名称、数值、单位、限定词、范围和原文引文。',
  'about.extraction2':
    '指标名称取自统一的指标词表，同一件事在不同县用同一个名称、同一个单位。引文是原文中陈述这个数字的最短一句，逐字照录；网站构建时程序会核对引文里确实写着这个数值（阿拉伯数字或汉字数字均可），对不上就无法发布。',
  'about.extraction3':
    '案例的叙述、概括和机制说明由编者用自己的话重写，只在必要处引用原文短句作为依据；原文的文字不照搬。',
  'about.extractionTally':
    '全库共 {total} 条指标，分布在 {cases} 个案例中；其中 {atLeast} 条是下限数，{narrow} 条只针对县以下的某一地方或全县的某一领域。',
  'about.qualifiersTitle': '限定词：确数、下限与约数',
  'about.qualifiersIntro':
    '原文的数字并不都是确数。每条指标都带一个限定词，页面上用符号标在数字前面：',
  'about.qualifierSign': '符号',
  'about.qualifierName': '限定词',
  'about.qualifierMeaning': '含义',
  'about.count': '本库条数',
  'about.noSign': '（无）',
  'about.qualifier.exact': '原文给出的确切数字，如“社区27个”。',
  'about.qualifier.at_least':
    '原文写作“余”“多”“以上”的数字，只知道下限：“300余万元”记作 ≥300 万元，实际数不小于它。',
  'about.qualifier.approx': '原文写作“约”“近”“左右”的数字，实际可能略高或略低。',
  'about.scopesTitle': '范围：数字说的是哪里',
  'about.scopesIntro':
    '一个数字可能是全县合计，也可能只是某个乡镇、街道、社区或单位的情况。每条指标都记下范围；不是全县的，还记下具体名称。',
  'about.scopeLabel': '显示为',
  'about.scopeMeaning': '含义',
  'about.scope.county': '全县合计。',
  'about.scope.sector': '全县的某一领域或某一类对象，例如全县城市社区、全县国有企业。',
  'about.scope.township': '某一个乡镇。',
  'about.scope.subdistrict': '某一个街道。',
  'about.scope.community': '某一个社区。',
  'about.scope.village': '某一个村。',
  'about.scope.area': '跨乡镇的片区或流域等区域。',
  'about.scope.park': '某一个园区或景区。',
  'about.scope.unit': '某一个单位或组织。',
  'about.comparabilityTitle': '哪些数字不能直接比较',
  'about.comparabilityIntro':
    '把两个县的数字放在一起之前，先看四件事：范围、限定词、单位和定义。下面的例子都取自本库数据。',
  'about.cmpScopeTitle': '范围不同',
  'about.cmpScope':
    '同是「{label}」，{wideCounty}的 {wideValue} 是全县合计，{narrowCounty}的 {narrowValue} 只是{narrowScope}的数字。后者说明不了{narrowCounty}全县有多少，两者不能比高低。',
  'about.cmpLowerTitle': '下限数',
  'about.cmpLower':
    '{county}的「{label}」原文写作“{quote}”，本库记作 {value}。下限数只说明“不少于”：两个下限数之间、下限数和确数之间往往排不出先后，相加得到的也只是下限。',
  'about.cmpUnitTitle': '单位不同',
  'about.cmpUnit':
    '同属「{category}」，{aCounty}的「{aLabel}」是 {aValue}，{bCounty}的「{bLabel}」是 {bValue}。前者是一笔总数，后者是按“{per}”计的数，不能放在一起比大小。',
  'about.cmpDefinitionTitle': '定义不同',
  'about.cmpDefinition':
    '「{label}」是被最多县（{count} 个）报告的指标，但各县数的并不完全是同一种东西。看原文怎么说：',
  'about.cmpDefinitionAfter':
    '同一个指标名下，各县的统计口径可能不同：有的只算新建的，有的把改建、整合、挂牌的也算进去，有的只在一个园区或街道。比较之前请先读引文和注释；对比页会把这类情况标出来。',
  'about.mechanismsTitle': '机制的六个大类',
  'about.mechanisms1':
    '资料在概括各县做法时，多用“组织共建”“资源共享”“活动共办”“党员共管”“事务共治”这类“共”字表述。本库沿用这五个“共”作为机制的大类，读者可以按案例自己的说法找到对应的做法。',
  'about.mechanisms2':
    '另设「保障机制」一类，收纳经费、人员、场地标准等让前五类长期运转的条件。每项机制只归一类，机制页面列出使用它的县和各县的具体做法。',
  'about.mechanismFamily': '大类',
  'about.mechanismEnglish': '英文',
  'about.mechanismCount': '机制数',
  'about.sourcesTitle': '资料来源',
  'about.sourceAuthor': '责任者',
  'about.sourcePublisher': '发布',
  'about.sourceCompiledFor': '汇编用于',
  'about.sourceContributors': '署名',
  'about.sourceCites': '原文所据报道',
  'about.sourceNote': '说明',
  'about.citeTitle': '如何引用',
  'about.cite1':
    '引用案例中的事实和数字，请优先引用原始资料（格式见上）。引用本库整理的结构、分类、比较或数据，请引用相应页面并注明访问日期；每个案例页末尾都有现成的引用格式。',
  'about.citeExample': '引用本库首页的示例（访问日期请改为实际访问的日期）：',
  'about.teachingTitle': '用于教学',
  'about.teaching1':
    '案例库考虑了党校、行政学院和干部培训课堂的使用：案例页可直接打印为 A4 讲义（自动去掉导航，保留数据、讨论题和引用格式），每个案例附有讨论题。',
  'about.teachingStepsTitle': '一次课的建议安排',
  'about.teachingStep1':
    '课前：选一个与学员所在地情况相近的案例（城市社区、城乡统筹或农村），打印案例页发给学员。',
  'about.teachingStep2':
    '导入：请学员对照“组织层级”图，说出这个县把哪些原本互不隶属的党组织联到了一起，靠的是哪些机制。',
  'about.teachingStep3':
    '比较：用对比页把两三个县并排，讨论同一机制在不同县的做法有什么不同；提醒学员留意数字前的“≥”和范围标注。',
  'about.teachingStep4':
    '讨论：使用案例末尾的讨论题；遇到数字，请学员回到引文核对，而不是凭印象下结论。',
  'about.teachingStep5': '课后：请学员按“如何新增案例”的格式，整理一份本地做法的草稿。',
  'about.teachingTable': '各案例的讨论题',
  'about.teachingCase': '案例',
  'about.teachingModel': '模式',
  'about.teachingCount': '讨论题',
  'about.teachingCountValue': '{count} 道',
  'about.teachingLink': '查看讨论题',
  'about.teachingLinkLabel': '查看{county}案例的讨论题',
  'about.addTitle': '如何新增案例',
  'about.addStep1':
    '在 content/cases/ 里复制一个现有案例文件，文件名用县名的拼音（如 yongchun.mdx），它也是案例页的网址。',
  'about.addStep2':
    '改写文件开头的 frontmatter：县名、省份、地带、行政区划代码、模式名称与构成、组织层级、机制及本县的具体做法、讨论题。省份写全称（如“福建省”），首页方格图据此标色。',
  'about.addStep3':
    '把资料里的每一个数字录成一条指标。指标名取自 src/lib/metric-vocabulary.ts，没有合适的先在那里新增；引文逐字照录原文。',
  'about.addStep4': '在 frontmatter 之后用自己的话写案例详述，按模式的各个部分分节。',
  'about.addStep5':
    '运行 npm test。检查、单元测试、构建和浏览器测试全部通过，录入才算完成；出错时，构建会指出是哪个文件的哪个字段。',
  'about.addExample': '示例：{county}案例中的第 {n} 条指标',
  'about.addErrorIntro':
    '如果引文漏抄了数字，例如把“{quote}”写成“{broken}”，构建会停下并给出下面的提示：',
  'about.addErrorExplain':
    '提示开头的 metrics.{index}.quote 指 metrics 列表中第 {n} 条指标（从 0 数起）的 quote 字段；把数字补回引文即可。',
  'case.breadcrumb': '案例',
  'case.keyFacts': '基本信息',
  'case.county': '县名',
  'case.shortName': '资料中的简称',
  'case.location': '所在地',
  'case.region': '地带',
  'case.adminCode': '行政区划代码',
  'case.coordinates': '县城大致坐标',
  'case.setting': '适用场景',
  'case.model': '模式',
  'case.period': '时期',
  'case.counts': '本案例数据',
  'case.countsValue': '{metrics} 项指标 · {mechanisms} 项机制 · {parts} 个组成部分',
  'case.parts': '模式构成',
  'case.narrative': '案例详述',
  'case.tiers': '组织层级',
  'case.tiersIntro': '自上而下的组织链条，根据案例数据生成。',
  'case.mechanisms': '运用的机制',
  'case.mechanismsIntro': '每项机制链接到跨案例的机制页面；下面是本县的具体做法。',
  'case.metrics': '数据与指标',
  'case.metricsLegend':
    '“≥”表示资料写作“余、多、以上”的下限数，“≈”表示约数。橙色范围表示该数字只针对某个乡镇、社区、单位或领域，而不是全县。点击数值可查看原文依据。',
  'case.metric': '指标',
  'case.value': '数值',
  'case.scope': '范围',
  'case.showQuote': '点击查看原文',
  'case.programmes': '具名做法与载体',
  'case.questions': '教学讨论题',
  'case.sources': '资料来源与引用',
  'case.citeSource': '引用原始资料',
  'case.citePage': '引用本页',
  'case.gbt': 'GB/T 7714',
  'case.apa': 'APA',
  'case.sourceCites': '原文所据报道',
  'case.compare': '与其他案例对比',
  'case.compareWith': '与{county}对比',
  'case.compareAll': '与全部案例对比',
  'case.previous': '上一个案例',
  'case.next': '下一个案例',
  'case.keywords': '关键词',
  'case.print': '打印讲义',
  'data.title': '开放数据',
  'data.description':
    '下载案例库的全部结构化数据：案例 JSON、指标表与机制运用表（CSV）及 JSON Schema，附列说明、数值约定、许可与引用格式。',
  'data.lede':
    '案例库的结构化数据在每次构建网站时由同一份内容生成，与页面上显示的完全一致。目前共有 {cases} 个县域案例、{metrics} 项指标、{uses} 条机制运用记录。',
  'data.datasetTitle': '区域化党建县域案例库 · 开放数据',
  'data.licenceNote':
    '本数据是区域化党建县域案例库对已发表文章《创新推动区域化党建的县域探索》的结构化整理；案例库自己的整理（字段、编码、分类、范围标注和自撰描述）按 CC BY 4.0 开放，数字、事实与引文属于该文章及其所引原始报道，使用时请注明原始出处（见 sources）。Structured extraction of a published article; the structuring is CC BY 4.0, the figures belong to their original reports: cite the sources.',
  'data.files': '下载文件',
  'data.fileMeta': '{format} · {size}',
  'data.file.cases.title': '全部案例',
  'data.file.cases.text':
    '每个案例的全部结构化数据：基本信息、模式构成、组织层级、机制及本县做法、指标、具名做法、讨论题与关键词；另附机制目录、指标词表、各类代码及资料来源与其引用格式。案例的叙述正文不在其中，请阅读案例页面。',
  'data.file.metrics.title': '指标表',
  'data.file.metrics.text':
    '每行一项指标，可直接用 Excel、WPS 表格或统计软件打开：UTF-8 编码并带 BOM，逗号分隔，按 RFC 4180 加引号，行尾为 CRLF。',
  'data.file.mechanisms.title': '机制运用表',
  'data.file.mechanisms.text':
    '每行是一个案例对一项跨案例机制的运用，附本县的具体做法和原文依据；编码与指标表相同。',
  'data.file.schema.title': '数据结构定义',
  'data.file.schema.text':
    'cases.json 的 JSON Schema（2020-12 版），由网站校验内容所用的 zod 模式自动生成，可在站外用任何支持该版本的校验器核对数据。',
  'data.columns': '列说明',
  'data.columnsOf': '{file} 的列',
  'data.column': '列名',
  'data.meaning': '含义',
  'data.col.case_id': '案例编号：县名简称的拼音；案例页面地址为 /cases/编号/',
  'data.col.county': '县的正式全称',
  'data.col.province': '所在省或自治区',
  'data.metricCol.metric_key':
    '指标键，取自统一的指标词表（cases.json 中的 vocabularies.metricKeys）；同一个键在各县含义和单位都相同',
  'data.metricCol.metric_label': '指标的中文名称',
  'data.metricCol.value': '数值，以 unit 列的单位记录；它与真实数字的关系见 qualifier',
  'data.metricCol.qualifier': '数值的确切程度：exact、at_least 或 approx（见下文“限定”）',
  'data.metricCol.unit': '计量单位；同一个指标键始终用同一单位',
  'data.metricCol.scope_level': '数字统计的范围层级（见下文“范围”）',
  'data.metricCol.scope_name': '范围比全县窄时的具体名称（如 桃林乡、仁德街道）；全县数字通常为空',
  'data.metricCol.period': '资料所说的时期或频次（如 每年、2018年以来）；资料未说明时为空',
  'data.metricCol.quote': '资料中陈述该数字的最短原文，逐字照录',
  'data.metricCol.source_id': '资料来源编号，对应 cases.json 中 sources 的 id',
  'data.mechanismCol.mechanism_id': '机制编号；机制页面地址为 /mechanisms/编号/',
  'data.mechanismCol.mechanism_name': '机制的中文名称',
  'data.mechanismCol.mechanism_name_en': '机制的英文译名',
  'data.mechanismCol.category':
    '机制所属类别的代码：organisation、resources、activities、members、governance、safeguards',
  'data.mechanismCol.category_name':
    '类别的中文名称（组织共建、资源共享、活动共办、党员共管、事务共治、保障机制）',
  'data.mechanismCol.evidence': '本县如何运用这项机制，由编者根据资料用自己的话写成',
  'data.mechanismCol.quote': '支持这一做法的原文短语，逐字照录；没有合适短语时为空',
  'data.conventions': '数值约定',
  'data.qualifiers': '限定（qualifier）',
  'data.qualifiersIntro':
    '资料中的数字并不都是确数。qualifier 说明数值与真实数字的关系；网站页面上用符号表示。',
  'data.code': '代码',
  'data.sign': '页面写法',
  'data.qualifier.exact': '确数：资料直接给出的数字',
  'data.qualifier.at_least': '下限：资料写作“余”“多”“以上”“超过”，真实数字不小于该值',
  'data.qualifier.approx': '约数：资料写作“约”“近”“左右”',
  'data.noSign': '（无符号）',
  'data.scopes': '范围（scope_level 与 scope_name）',
  'data.scopesIntro':
    '范围说明一个数字统计的是哪里。county 表示全县；其他层级的数字只描述一个乡镇、街道、社区、单位或某一领域，scope_name 写明具体名称——这样的数字不能与别县的全县数字直接相加或比较。',
  'data.scope.county': '全县',
  'data.scope.sector': '全县的某一领域，如城市社区、国有企业、非公企业',
  'data.scope.township': '一个乡镇',
  'data.scope.subdistrict': '一个街道',
  'data.scope.community': '一个社区',
  'data.scope.village': '一个村',
  'data.scope.area': '跨乡镇的片区或流域',
  'data.scope.park': '一个园区或景区',
  'data.scope.unit': '单个单位或组织',
  'data.unitsTitle': '单位、时期与引文',
  'data.unitsText':
    '数值一律以 unit 列的单位记录。金额记为元：资料写“300余万元”时，value 为 3000000，unit 为“元”，qualifier 为 at_least。比例以 % 为单位，100 表示 100%。',
  'data.periodText':
    'period 照录资料对时期或频次的说法（每年、2018年以来），资料未说明时为空。quote 是资料中陈述该数字的最短原文；网站构建时检查每条引文都包含它的数值（阿拉伯数字或汉字数字），并与原文逐字核对。',
  'data.jsonTitle': 'cases.json 的结构',
  'data.jsonIntro': 'cases.json 是一个对象，各字段如下：',
  'data.json.version': '数据结构的版本号（语义化版本）；字段改名、删除或改类型时升主版本号',
  'data.json.title': '数据集名称',
  'data.json.licence': '许可代码、许可地址和署名说明',
  'data.json.sources': '资料来源的书目信息，附 GB/T 7714 与 APA 两种引用格式',
  'data.json.vocabularies':
    '指标词表（键、中英文名称、类别、单位），以及指标类别、机制类别、限定和范围层级的代码与名称',
  'data.json.mechanisms': '跨案例机制目录：编号、名称、英文名、类别、定义和别名',
  'data.json.cases': '按案例库顺序排列的全部案例：id 加上案例文件中的全部结构化字段',
  'data.schemaTitle': '用 schema.json 校验',
  'data.schemaText':
    'schema.json 规定了 cases.json 每个字段的类型、必填项和取值范围，包括指标键必须出自词表、每个指标键对应的单位，以及范围不是全县时必须写明名称；不认识的字段一律不允许。任何支持 JSON Schema 2020-12 的校验器都可使用，例如 JavaScript 的 Ajv（ajv/dist/2020）或 Python 的 jsonschema。',
  'data.schemaLimits':
    '模式表达不了的检查在网站构建时完成：引文包含其数值、引用的机制和来源确实存在、同一范围同一时期的指标不重复。',
  'data.licence': '许可与署名',
  'data.licenceSource':
    '这些数据是本案例库对已发表文章《创新推动区域化党建的县域探索》（《国家治理》周刊编辑部整理，人民论坛网·国家治理网）的结构化整理。其中的数字、事实和引文属于该文章及其所引的原始报道：使用时请引用原始出处。',
  'data.licenceOwn':
    '本案例库自己的工作——字段设计、指标编码与分类、范围标注，以及用自己的话写成的概述、做法说明和讨论题——按知识共享署名 4.0 国际许可协议（CC BY 4.0）开放：可以复制、改编和再发布（包括商业用途），但须注明出自本案例库，并说明是否作过修改。',
  'data.licenceText': '许可协议全文：',
  'data.licenceName': 'Creative Commons Attribution 4.0 International（CC BY 4.0）',
  'data.cite': '如何引用',
  'data.citeDataset': '引用本数据集',
  'data.citeSource': '引用原始资料',
  'data.citeHint': '引用具体数字时，请同时引用原始资料；引用本数据集时请注明访问日期和所用文件。',
  'cases.title': '案例',
  'cases.lede':
    '八个县的区域化党建实践。按地带、省份、场景或机制筛选，勾选两个以上案例即可并排对比。',
  'cases.filters': '筛选案例',
  'cases.region': '地带',
  'cases.province': '省份',
  'cases.setting': '场景',
  'cases.mechanism': '机制',
  'cases.all': '全部',
  'cases.apply': '筛选',
  'cases.reset': '清除筛选',
  'cases.count': '显示 {shown} / {total} 个案例',
  'cases.none': '没有符合这些条件的案例。请放宽筛选条件。',
  'cases.rejected': '网址中的筛选条件无法识别，已忽略：{list}。',
  'cases.select': '加入对比',
  'cases.compareSelected': '对比所选案例',
  'cases.compareHint': '勾选 2–8 个案例后点击“对比所选案例”。',
  'cases.headline': '主要数字',
  'cases.mechanismCount': '{n} 项机制',
  'cases.noscript': '未启用 JavaScript 时，筛选条件不会生效，下面显示全部案例。',
  'mechanisms.title': '机制矩阵',
  'mechanisms.description':
    '区域化党建常见机制与收录各县的对照矩阵：按组织共建、资源共享、活动共办、党员共管、事务共治和保障机制六类，标出每个县运用了哪些机制及其做法。',
  'mechanisms.intro':
    '各县的区域化党建做法有许多共同之处。下表按六类列出 {mechanisms} 项机制，标出收录的 {cases} 个县各自运用了哪些。指向或用键盘聚焦圆点可看到该县的具体做法，点击圆点进入案例页的相应段落；点击机制名称查看定义和各县做法的对照。',
  'mechanisms.legend':
    '● 表示资料记载该县运用此机制；空白只表示资料中没有提到，不等于该县没有这种做法。',
  'mechanisms.caption': '机制 × 县：哪些县运用了哪些机制',
  'mechanisms.scrollHint': '表格较宽，可左右滑动查看全部县。',
  'mechanisms.mechanism': '机制',
  'mechanisms.counties': '县数',
  'mechanisms.perCase': '机制数',
  'mechanisms.cellLabel': '{county}运用{mechanism}：查看做法',
  'mechanisms.notReported': '资料未提到',
  'mechanisms.breadcrumb': '机制',
  'mechanisms.aliases': '又称',
  'mechanisms.usedBy': '运用此机制的县（{count}）',
  'mechanisms.usedByNone': '收录的案例中目前没有县运用此机制。',
  'mechanisms.quote': '原文',
  'mechanisms.inCase': '在{county}案例中查看',
  'mechanisms.compare': '对比这 {count} 个县',
  'mechanisms.terms': '相关术语',
  'mechanisms.siblings': '同类机制：{category}',
  'mechanisms.backToMatrix': '查看全部机制的矩阵',
  'glossary.title': '术语表',
  'glossary.description':
    '区域化党建资料中常见术语的释义、英文译法、别称、相关机制和出现的案例，按拼音排序。',
  'glossary.intro':
    '区域化党建资料里有不少行业说法，系统外的读者不易读懂。这里收录 {count} 个术语，按拼音排序，每条附英文译法、别称、相关机制和用到它的案例。案例正文中术语第一次出现时带虚线下划线，指向即可看到释义。',
  'glossary.letters': '按拼音首字母跳转',
  'glossary.aliases': '又作',
  'glossary.mechanisms': '相关机制',
  'glossary.cases': '见于案例',
} as const;

export type UiKey = keyof typeof zhCN;

/** True when `key` is a key of the dictionary, for keys built from data (column names). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(zhCN, key);
}

export const ui = { 'zh-CN': zhCN } as const;
export type Locale = keyof typeof ui;
export const defaultLocale: Locale = 'zh-CN';

/** Looks up a UI string; `{name}` placeholders are filled from `vars`. */
export function t(
  key: UiKey,
  vars: Record<string, string | number> = {},
  locale: Locale = defaultLocale,
): string {
  const template: string = ui[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
