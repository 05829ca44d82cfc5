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
    noRoleDates: 'لا تعطي الواجهة تواريخ للأدوار: يظهر رمز الفاعل كما ورد في إحدى وثائقه.',
    eventsByMonth: 'الأحداث حسب الشهر', undated: 'أحداث بلا تاريخ', recentArticles: 'أحدث المقالات',
    otherTypes: 'أنواع أخرى',
    mapNote: 'لا إحداثيات في قاعدة المعرفة: يوضع كل مكان في مركز بلده (حدود Natural Earth)، وتُجمع أحداث البلد في دائرة واحدة.',
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
    noRoleDates: 'The API gives no dates for roles: the actor code is the one a document of the entity carries.',
    eventsByMonth: 'Events by month', undated: 'Events without a date', recentArticles: 'Recent articles',
    otherTypes: 'Other types',
    mapNote: 'The knowledge base has no coordinates: each place is drawn at its country\'s centroid (Natural Earth shapes), one circle per country.',
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
