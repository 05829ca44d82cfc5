// Names of CAMEO event codes (the CAMEO 1.1b3 codebook, Schrodt 2012: the 20 roots and their
// three-digit codes, plus the four-digit codes Marsad's triggers use), for labels shown in
// English; the roots also in Arabic. A code without its own name takes its parent's
// (0431 -> 043, 0449 -> 044 -> 04).
import { currentLang } from './i18n.js';

const EN = {
  '01': 'Make public statement', '010': 'Make statement', '011': 'Decline comment',
  '012': 'Make pessimistic comment', '013': 'Make optimistic comment', '014': 'Consider policy option',
  '015': 'Acknowledge or claim responsibility', '016': 'Deny responsibility', '017': 'Engage in symbolic act',
  '018': 'Make empathetic comment', '019': 'Express accord',
  '02': 'Appeal', '020': 'Make an appeal or request', '021': 'Appeal for material cooperation',
  '022': 'Appeal for diplomatic cooperation', '023': 'Appeal for aid', '024': 'Appeal for political reform',
  '025': 'Appeal to yield', '026': 'Appeal to others to meet or negotiate', '027': 'Appeal to others to settle dispute',
  '028': 'Appeal to others to engage in or accept mediation',
  '03': 'Express intent to cooperate', '030': 'Express intent to cooperate',
  '031': 'Express intent to engage in material cooperation', '032': 'Express intent to provide diplomatic cooperation',
  '033': 'Express intent to provide material aid', '034': 'Express intent to institute political reform',
  '035': 'Express intent to yield', '036': 'Express intent to meet or negotiate', '037': 'Express intent to settle dispute',
  '038': 'Express intent to accept mediation', '039': 'Express intent to mediate',
  '04': 'Consult', '040': 'Consult', '041': 'Discuss by telephone', '042': 'Make a visit', '043': 'Host a visit',
  '044': 'Meet at a third location', '045': 'Mediate', '046': 'Engage in negotiation',
  '05': 'Engage in diplomatic cooperation', '050': 'Engage in diplomatic cooperation', '051': 'Praise or endorse',
  '052': 'Defend verbally', '053': 'Rally support on behalf of', '054': 'Grant diplomatic recognition',
  '055': 'Apologize', '056': 'Forgive', '057': 'Sign formal agreement',
  '06': 'Engage in material cooperation', '060': 'Engage in material cooperation', '061': 'Cooperate economically',
  '062': 'Cooperate militarily', '063': 'Engage in judicial cooperation', '064': 'Share intelligence or information',
  '07': 'Provide aid', '070': 'Provide aid', '071': 'Provide economic aid', '072': 'Provide military aid',
  '073': 'Provide humanitarian aid', '074': 'Provide military protection or peacekeeping', '075': 'Grant asylum',
  '08': 'Yield', '080': 'Yield', '081': 'Ease administrative sanctions', '082': 'Ease political dissent',
  '083': 'Accede to requests or demands for political reform', '084': 'Return, release', '0841': 'Return, release person(s)',
  '085': 'Ease economic sanctions, boycott, embargo', '086': 'Allow international involvement',
  '087': 'De-escalate military engagement', '0871': 'Declare truce, ceasefire', '0874': 'Retreat or surrender militarily',
  '09': 'Investigate', '090': 'Investigate', '091': 'Investigate crime, corruption', '092': 'Investigate human rights abuses',
  '093': 'Investigate military action', '094': 'Investigate war crimes',
  '10': 'Demand', '100': 'Demand', '101': 'Demand material cooperation', '102': 'Demand diplomatic cooperation',
  '103': 'Demand material aid', '104': 'Demand political reform', '105': 'Demand that target yields',
  '106': 'Demand meeting, negotiation', '107': 'Demand settling of dispute', '108': 'Demand mediation',
  '11': 'Disapprove', '110': 'Disapprove', '111': 'Criticize or denounce', '112': 'Accuse', '113': 'Rally opposition against',
  '114': 'Complain officially', '115': 'Bring lawsuit against', '116': 'Find guilty or liable (legally)',
  '12': 'Reject', '120': 'Reject', '121': 'Reject material cooperation', '122': 'Reject request or demand for material aid',
  '123': 'Reject request or demand for political reform', '124': 'Refuse to yield',
  '125': 'Reject proposal to meet, discuss, or negotiate', '126': 'Reject mediation',
  '127': 'Reject plan, agreement to settle dispute', '128': 'Defy norms, law', '129': 'Veto',
  '13': 'Threaten', '130': 'Threaten', '131': 'Threaten non-force', '132': 'Threaten with administrative sanctions',
  '133': 'Threaten political dissent, protest', '134': 'Threaten to halt negotiations', '135': 'Threaten to halt mediation',
  '136': 'Threaten to halt international involvement', '137': 'Threaten with repression',
  '138': 'Threaten to use military force', '139': 'Give ultimatum',
  '14': 'Protest', '140': 'Engage in political dissent', '141': 'Demonstrate or rally', '142': 'Conduct hunger strike',
  '143': 'Conduct strike or boycott', '144': 'Obstruct passage, block', '145': 'Protest violently, riot',
  '15': 'Exhibit force posture', '150': 'Demonstrate military or police power', '151': 'Increase police alert status',
  '152': 'Increase military alert status', '153': 'Mobilize or increase police power', '154': 'Mobilize or increase armed forces',
  '16': 'Reduce relations', '160': 'Reduce relations', '161': 'Reduce or break diplomatic relations',
  '162': 'Reduce or stop material aid', '163': 'Impose embargo, boycott, or sanctions', '164': 'Halt negotiations',
  '165': 'Halt mediation', '166': 'Expel or withdraw',
  '17': 'Coerce', '170': 'Coerce', '171': 'Seize or damage property', '172': 'Impose administrative sanctions',
  '173': 'Arrest, detain, or charge with legal action', '174': 'Expel or deport individuals',
  '175': 'Use tactics of violent repression',
  '18': 'Assault', '180': 'Use unconventional violence', '181': 'Abduct, hijack, or take hostage', '182': 'Physically assault',
  '1822': 'Torture', '1823': 'Kill by physical assault', '183': 'Conduct suicide, car, or other non-military bombing',
  '1831': 'Carry out suicide bombing', '184': 'Use as human shield', '185': 'Attempt to assassinate', '186': 'Assassinate',
  '19': 'Fight', '190': 'Use conventional military force', '191': 'Impose blockade, restrict movement',
  '192': 'Occupy territory', '193': 'Fight with small arms and light weapons', '194': 'Fight with artillery and tanks',
  '195': 'Employ aerial weapons', '196': 'Violate ceasefire',
  '20': 'Use unconventional mass violence', '200': 'Use unconventional mass violence', '201': 'Engage in mass expulsion',
  '202': 'Engage in mass killings', '203': 'Engage in ethnic cleansing', '204': 'Use weapons of mass destruction',
};

const AR = {
  '01': 'الإدلاء بتصريح علني', '02': 'مناشدة', '03': 'إبداء نية التعاون', '04': 'تشاور', '05': 'تعاون دبلوماسي',
  '06': 'تعاون مادي', '07': 'تقديم مساعدات', '08': 'تنازل', '09': 'تحقيق', '10': 'مطالبة', '11': 'استنكار',
  '12': 'رفض', '13': 'تهديد', '14': 'احتجاج', '15': 'استعراض القوة', '16': 'تقليص العلاقات', '17': 'إكراه',
  '18': 'اعتداء', '19': 'قتال', '20': 'عنف جماعي غير تقليدي',
};

/** English verbs for event sentences where the CAMEO code says more than the PLOVER type. */
const VERBS = {
  '041': 'spoke by telephone with', '042': 'visited', '043': 'hosted', '044': 'met', '045': 'mediated with',
  '046': 'negotiated with', '051': 'praised', '052': 'defended', '054': 'recognized', '055': 'apologized to',
  '057': 'signed an agreement with', '072': 'gave military aid to', '073': 'gave humanitarian aid to',
  '0841': 'released people held by', '0871': 'declared a ceasefire with', '0874': 'retreated from',
  '111': 'denounced', '112': 'accused', '115': 'sued', '139': 'gave an ultimatum to',
  '161': 'cut diplomatic relations with', '163': 'imposed sanctions on', '171': 'seized or damaged property of',
  '173': 'arrested', '174': 'expelled', '181': 'abducted', '182': 'assaulted', '1823': 'killed',
  '183': 'bombed', '186': 'assassinated', '191': 'blockaded', '192': 'occupied territory of',
  '193': 'fought', '194': 'shelled', '195': 'carried out air strikes against', '196': 'violated a ceasefire with',
  '202': 'committed mass killings against',
};

function lookup(table, code) {
  for (let c = String(code || ''); c.length >= 2; c = c.slice(0, -1)) {
    if (table[c]) return table[c];
  }
  return null;
}

/** The English name of a CAMEO code or root ('043' -> 'Host a visit'), or null if unknown. */
export const cameoEnglish = (code) => lookup(EN, code);

/** The name shown in the current language: English in full; Arabic names only the root. */
export function cameoName(code) {
  if (currentLang() === 'en') return cameoEnglish(code);
  return AR[String(code || '').slice(0, 2)] || null;
}

/** 'CAMEO 043 Host a visit' (English) or 'CAMEO 043 تشاور' (Arabic); the bare code if unnamed. */
export function cameoLabel(code) {
  const name = cameoName(code);
  return name ? `CAMEO ${code} ${name}` : `CAMEO ${code}`;
}

/** The English verb of an event sentence for a CAMEO code, or null (then the PLOVER verb is used). */
export const cameoVerb = (code) => lookup(VERBS, code);
