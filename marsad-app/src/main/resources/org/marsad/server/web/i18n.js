// Interface labels in Arabic (default) and English. Article text is never translated.

const LABELS = {
  ar: {
    search: 'بحث', analyze: 'تحليل', events: 'الأحداث', entity: 'كيان', article: 'مقال',
    query: 'عبارة البحث', from: 'من تاريخ', to: 'إلى تاريخ', outlet: 'المصدر الإعلامي',
    sort: 'الترتيب', relevance: 'الصلة', newest: 'الأحدث', oldest: 'الأقدم', go: 'ابحث',
    results: 'نتيجة', noResults: 'لا نتائج.', more: 'تقارير أخرى من القصة نفسها',
    previous: 'السابق', next: 'التالي', page: 'صفحة', filters: 'المرشحات', remove: 'إزالة',
    facets_entities: 'الكيانات', facets_outlets: 'المصادر', facets_cameo: 'أنواع CAMEO',
    facets_plover: 'أنواع PLOVER', loading: 'جارٍ التحميل…', error: 'خطأ',
    entities: 'الكيانات', times: 'التواريخ والأوقات', quotes: 'الاقتباسات', framing: 'التأطير',
    loaded: 'لغة مشحونة', actors: 'الفاعلون', none: 'لا شيء', details: 'التفاصيل',
    hoverHint: 'مرّر المؤشر أو انتقل بلوحة المفاتيح إلى جزء ملوّن لعرض تفاصيله.',
    legend: 'المفتاح', PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى', time: 'زمن',
    trigger: 'حدث', quote: 'اقتباس', published: 'تاريخ النشر', source: 'المصدر', url: 'الرابط',
    text: 'النص العربي', title: 'العنوان', analyzeBtn: 'حلّل', notStored: 'يُحلَّل النص ولا يُخزَّن.',
    speaker: 'المتكلم', category: 'الفئة', documents: 'عدد الوثائق', aliases: 'الأسماء',
    cooccurring: 'كيانات مرافقة', interacting: 'فاعلون متفاعلون', eventsByType: 'الأحداث حسب النوع',
    csv: 'تنزيل CSV', date: 'التاريخ', type: 'النوع', target: 'الهدف', location: 'المكان',
    total: 'المجموع', analysis: 'نتيجة التحليل', entityFilter: 'الكيان', openEntity: 'صفحة الكيان',
    network: 'الشبكة', map: 'الخريطة', apply: 'طبّق', cameo: 'رمز CAMEO', plover: 'نوع PLOVER',
    links: 'الروابط', cooperation: 'تعاون', conflict: 'نزاع', coop: 'تعاون', neutral: 'غير مصنّف',
    country: 'البلد', placed: 'على الخريطة', unplaced: 'بلا بلد معروف',
    kbFacts: 'بيانات قاعدة المعرفة', kbType: 'النوع', nameEn: 'الاسم بالإنجليزية', kbId: 'معرّف قاعدة المعرفة',
    actorCode: 'رمز الفاعل (CAMEO)', notInKb: 'ليس في قاعدة المعرفة.',
    eventsByMonth: 'الأحداث حسب الشهر', undated: 'أحداث بلا تاريخ', recentArticles: 'أحدث المقالات',
    otherTypes: 'أنواع أخرى',
    mapNote: 'تُرسم المدن التي لها إحداثيات (GeoNames) في مواضعها، وتُجمع أحداث باقي الأماكن في دائرة عند مركز بلدها (حدود Natural Earth).',
    outsideChart: 'أحداث خارج المدة المعروضة (تُعرض الفترة الأكثر أحداثا)', comma: '،', city: 'مدينة', countryLevel: 'على مستوى البلد', kind: 'الموضع', region: 'المنطقة',
    region_mena: 'الشرق الأوسط وشمال أفريقيا', region_world: 'العالم',
    roles: 'الأدوار عبر الزمن', role: 'المنصب', scope: 'النطاق', present: 'حتى الآن', noRoles: 'لا أدوار له في قاعدة المعرفة.',
    actorCodeOnly: 'رمز فاعل', role_HOS: 'رئيس الدولة', role_HOG: 'رئيس الحكومة', role_FM: 'وزير الخارجية',
    role_DM: 'وزير الدفاع', role_SPK: 'رئيس البرلمان', role_CMD: 'قائد الجيش', role_SPOKES: 'متحدث عسكري',
    role_PC: 'رئيس المجلس الرئاسي', role_SG: 'الأمين العام', role_LEADER: 'زعيم', role_ENVOY: 'مبعوث أممي',
    role_CP: 'ولي العهد', role_DCP: 'ولي ولي العهد', role_INT: 'وزير الداخلية', role_CAPITAL: 'عاصمة',
    partners: 'أبرز الشركاء (تعاون)', adversaries: 'أبرز الخصوم (نزاع)', noPartners: 'لا أحداث تعاون مع فاعل آخر.',
    noAdversaries: 'لا أحداث نزاع مع فاعل آخر.',
    stackBy: 'التقسيم', bucket: 'الفترة', by_plover: 'نوع PLOVER', by_quad_class: 'الفئة الرباعية (QuadClass)',
    interval_day: 'يوم', interval_week: 'أسبوع', interval_month: 'شهر',
    eventsBy_day: 'الأحداث حسب اليوم', eventsBy_week: 'الأحداث حسب الأسبوع', eventsBy_month: 'الأحداث حسب الشهر',
    quad_verbal_cooperation: 'تعاون لفظي', quad_material_cooperation: 'تعاون مادي', quad_verbal_conflict: 'نزاع لفظي',
    quad_material_conflict: 'نزاع مادي', quad_none: 'بلا فئة', noType: 'بلا نوع',
  },
  en: {
    search: 'Search', analyze: 'Analyze', events: 'Events', entity: 'Entity', article: 'Article',
    query: 'Query', from: 'From', to: 'To', outlet: 'Outlet', sort: 'Sort', relevance: 'Relevance',
    newest: 'Newest', oldest: 'Oldest', go: 'Search', results: 'results', noResults: 'No results.',
    more: 'more reports of the same story', previous: 'Previous', next: 'Next', page: 'Page',
    filters: 'Filters', remove: 'Remove', facets_entities: 'Entities', facets_outlets: 'Outlets',
    facets_cameo: 'CAMEO types', facets_plover: 'PLOVER types', loading: 'Loading…',
    error: 'Error', entities: 'Entities', times: 'Dates and times', quotes: 'Quotes',
    framing: 'Framing', loaded: 'Loaded language', actors: 'Actors', none: 'None',
    details: 'Details', hoverHint: 'Hover or tab to a colored span to see what it is.',
    legend: 'Legend', PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other',
    time: 'Time', trigger: 'Event', quote: 'Quote', published: 'Published', source: 'Source',
    url: 'Link', text: 'Arabic text', title: 'Title', analyzeBtn: 'Analyze',
    notStored: 'The text is analyzed, not stored.', speaker: 'Speaker', category: 'Category',
    documents: 'Documents', aliases: 'Spellings', cooccurring: 'Co-occurring entities',
    interacting: 'Interacting actors', eventsByType: 'Events by type', csv: 'Download CSV',
    date: 'Date', type: 'Type', target: 'Target', location: 'Location', total: 'Total', analysis: 'Analysis',
    entityFilter: 'Entity', openEntity: 'Entity page',
    network: 'Network', map: 'Map', apply: 'Apply', cameo: 'CAMEO code', plover: 'PLOVER type',
    links: 'Links', cooperation: 'Cooperation', conflict: 'Conflict', coop: 'Cooperation', neutral: 'Unclassified',
    country: 'Country', placed: 'On the map', unplaced: 'No known country',
    kbFacts: 'Knowledge base', kbType: 'Type', nameEn: 'English name', kbId: 'KB id',
    actorCode: 'Actor code (CAMEO)', notInKb: 'Not in the knowledge base.',
    eventsByMonth: 'Events by month', undated: 'Events without a date', recentArticles: 'Recent articles',
    otherTypes: 'Other types',
    mapNote: 'Cities with known coordinates (GeoNames) are drawn where they are; the events of other places are summed in one circle at their country\'s centroid (Natural Earth shapes).',
    outsideChart: 'Events outside the period shown (the busiest stretch is shown)', comma: ',', city: 'City', countryLevel: 'Country level', kind: 'Drawn as', region: 'Region',
    region_mena: 'Middle East and North Africa', region_world: 'World',
    roles: 'Roles over time', role: 'Position', scope: 'Scope', present: 'present', noRoles: 'No roles in the knowledge base.',
    actorCodeOnly: 'Actor code', role_HOS: 'Head of state', role_HOG: 'Head of government', role_FM: 'Foreign minister',
    role_DM: 'Defence minister', role_SPK: 'Speaker of parliament', role_CMD: 'Army commander', role_SPOKES: 'Military spokesman',
    role_PC: 'Chair of the presidential council', role_SG: 'Secretary-general', role_LEADER: 'Leader', role_ENVOY: 'UN envoy',
    role_CP: 'Crown prince', role_DCP: 'Deputy crown prince', role_INT: 'Interior minister', role_CAPITAL: 'Capital',
    partners: 'Top partners (cooperation)', adversaries: 'Top adversaries (conflict)', noPartners: 'No cooperation events with another actor.',
    noAdversaries: 'No conflict events with another actor.',
    stackBy: 'Stack by', bucket: 'Bucket', by_plover: 'PLOVER type', by_quad_class: 'QuadClass',
    interval_day: 'Day', interval_week: 'Week', interval_month: 'Month',
    eventsBy_day: 'Events by day', eventsBy_week: 'Events by week', eventsBy_month: 'Events by month',
    quad_verbal_cooperation: 'Verbal cooperation', quad_material_cooperation: 'Material cooperation', quad_verbal_conflict: 'Verbal conflict',
    quad_material_conflict: 'Material conflict', quad_none: 'No QuadClass', noType: 'No type',
  },
};

let lang = (() => {
  try { return localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar'; } catch { return 'ar'; }
})();

export const currentLang = () => lang;

/** The label for key in the current language (the key itself if there is none). */
export function t(key) {
  return LABELS[lang][key] ?? LABELS.ar[key] ?? key;
}

/** Switches the interface language; the page direction follows it, article text stays RTL. */
export function setLang(next) {
  lang = next === 'en' ? 'en' : 'ar';
  try { localStorage.setItem('marsad.lang', lang); } catch { /* private mode */ }
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'en' ? 'ltr' : 'rtl';
}
