import { EVERYDAY_WORDS } from './everydayWords.js';
import { foldText } from './normalizeText.js';
import { withinOneEdit } from './withinOneEdit.js';

/** A number a patient wrote, read as a vital sign, an age or a week of pregnancy. */
export type VitalReading = {
  value: number;
  written: string;
  sentence: number;
  /** The sentence is the writer's own ("i counted my breathing"): an adult's, whoever else the message names. */
  writer?: true;
} & (
  | { kind: 'spo2' | 'respiratory_rate' | 'heart_rate' | 'ketones' | 'gestation' }
  | { kind: 'blood_pressure'; diastolic: number }
  /** In degrees Celsius, converted when written in Fahrenheit. */
  | { kind: 'temperature' }
  /** In mmol/L, converted when written in mg/dL. */
  | { kind: 'glucose' }
  /** In days. */
  | { kind: 'age' }
  /** Tablets someone took at once ("took 16 co-codamol"). */
  | { kind: 'tablets_taken' }
);

/** The sentence break of `tokenizeMessage`, for numbers: a decimal point never breaks. */
export const VITAL_SENTENCE_BREAK =
  /(?:(?<![\d.])\.(?!\.)|(?<!\.)\.(?![\d.])|[!?;\n\r\u2028\u2029\u3002])+/;

// Each keyword, then up to a few words, then the number; `(?<![\d.])` and `(?![\d])` keep a
// number whole ("2015" is not "201").
const NUM = String.raw`(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?![\d])(?!\s*(?:-\s*)?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|times|mg|mcg|ml|tablets?|pills?|puffs?|am|pm|kg|lbs?|stone|st|yo|x)\b)`;
const GAP = String.raw`[^0-9\n]{0,28}?`;
// Why wider: a reading is told with the device between ("oxygen on the little clip thing is 90").
const DEVICE_GAP = String.raw`[^0-9\n]{0,44}?`;
const SPO2 = new RegExp(
  String.raw`\b(?:sats?|saturations?|spo2|sp02|o2|oxygen|oximeter|pulse ?ox)\b${DEVICE_GAP}${NUM}\s*%?`,
  'g',
);
// Why a number of its own: NUM refuses a number followed by "times", which a rate is ("35 times a minute").
const RATE_NUM = String.raw`(?<![\d.])(\d{1,3})(?![\d.])`;
const RR = new RegExp(
  String.raw`\b(?:rr|resps?|respirations?|resp(?:iratory)? ?rate|breathing rate)\b${GAP}${NUM}|\b(?:breathing|breaths?|breathes)\b${GAP}${RATE_NUM}(?:\s*(?:-|to)\s*\d{1,3})?\s*(?:times\s*)?(?:breaths\s*)?[^a-z0-9\n]*(?:a|per|\/|each)[^a-z0-9\n]*min|\bbreathing\s+(?:rate\s+)?(?:is\s+|at\s+|of\s+)${NUM}|(?<![\d.])(\d{1,3})(?![\d.])[^a-z0-9\n]*(?:breaths|breathes)[^a-z0-9\n]*(?:a|per|\/|each)[^a-z0-9\n]*min`,
  'g',
);
const HR = new RegExp(
  String.raw`\b(?:hr|heart ?rate|pulse(?! ?ox)|heart(?: is)?(?: (?:going|racing|beating|pounding|rate))?(?: at)?)\b${GAP}${NUM}|${NUM}\s*bpm\b|\bpulse\b${DEVICE_GAP}\b(?:coming up|comes up|came up|says|reads|reading|showing|shows|flashing)\s+${NUM}`,
  'g',
);
const BP = new RegExp(
  String.raw`\b(?:bp|b\/p|blood ?pressure|pressure|pressao|presion|tension|cisnienie|tensiune)\b${GAP}(?<![\d.])(\d{2,3})\s*(?:\/|over|por|sobre|na|pe)\s*(\d{2,3})(?![\d])`,
  'g',
);
const TEMP = new RegExp(
  String.raw`\b(?:temp(?:erature)?s?|fever|fievre|fiebre|fieber|febbre|thermometer|temp of|measured|hot|boiling|burning up)\b${GAP}${NUM}\s*(?:°|º|degrees?|deg)?\s*(c|f|celsius|fahrenheit)?\b|${NUM}\s*(?:°|º|degrees?)\s*(c|f|celsius|fahrenheit)?\b|${NUM}\s*(c|f)\b`,
  'g',
);
// Why a closed list between keyword and number: "no sugar in my tea, 2 cups" is no reading.
const READING_WORDS = String.raw`(?:\s*(?:is|was|were|levels?|reading|readings|of|at|only|just|down|up|to|came|has|says|said|its|it's|went|dropped|fell|about|around|now|showing|shows|on|the|meter|machine|monitor|check|checked|:|=|-)|[^a-z0-9\n.]+)*\s*`;
const GLUCOSE = new RegExp(
  String.raw`\b(?:sugars?|bs|bg|bm|glucose|cbg|blood sugar)\b${READING_WORDS}(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?![\d])\s*(mmol(?:\/l)?|mg ?\/? ?dl|mg)?`,
  'g',
);
const KETONES = new RegExp(String.raw`\bketones?\b${GAP}${NUM}`, 'g');
const AGE_UNITS: Readonly<Record<string, number>> = {
  d: 1,
  day: 1,
  days: 1,
  w: 7,
  wk: 7,
  wks: 7,
  week: 7,
  weeks: 7,
  m: 30.4,
  mo: 30.4,
  mos: 30.4,
  mth: 30.4,
  mths: 30.4,
  month: 30.4,
  months: 30.4,
  y: 365,
  yo: 365,
  yr: 365,
  yrs: 365,
  year: 365,
  years: 365,
};
const UNIT = '(days?|d|wks?|weeks?|w|mos?|mths?|months?|m|yrs?|years?|yo|y)';
const AGE_OLD = new RegExp(
  String.raw`(?<![\d.])(\d{1,3})[^a-z0-9\n]{0,6}${UNIT}[^a-z0-9\n]{0,6}old\b`,
  'g',
);
const AGE_SHORT = /(?<![\d.])(\d{1,2})\s*(?:yo|y\/o|y\.o)\b/g;
const AGE_OF = new RegExp(
  String.raw`\b(?:my|our|his|her|your|the|a|baby|son|daughter|boy|girl|child|kid|grandson|granddaughter|nephew|niece|he'?s|she'?s|hes|shes|who'?s|is|aged|age)\s*\(?\s*(\d{1,2})\s*${UNIT}?\b(?!\s*(?:ago|since|after|pregnant|pg|preg|%|\/|\.\d|times|hours?|hrs?|mins?|minutes?|tablets?|pills?|puffs?))`,
  'g',
);
const TABLETS =
  /\b(?:took|taken|take|swallowed|had|ate|eaten|drank|necked|downed|popped|overdosed on|od'?d on)\b[^0-9\n]{0,20}?(?<![\d.])(\d{1,3})(?![\d.])[^a-z0-9\n]*(?:x\s*)?(?:of\s+)?(?:[a-z'-]+\s+){0,3}?(?:tablets?|pills?|capsules?|caps|paracetamol|acetaminophen|tylenol|co-?codamol|codeine|aspirin|ibuprofen|naproxen|tramadol|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|zopiclone|gabapentin|pregabalin|iron|propranolol|quetiapine|antidepressants?|painkillers?|sleeping)\b/g;
// Words one edit from a vital's keyword that are never it before a number ("if my sats ever
// went below 92" is no fever of 92 F). Why not in EVERYDAY_WORDS: there "ever" read as "fever"
// is a typo the rules keep, since it can only raise urgency.
const NOT_KEYWORDS: ReadonlySet<string> = new Set(['ever']);
const NEWBORN = /\b(?:newborn|new born|neonate)\b/;
const GESTATION =
  /(?<![\d.])(\d{1,2})[^a-z0-9\n]{0,6}(?:\+\s*\d\s*)?(?:weeks?|wks?|w)\b(?!\s*(?:old|ago|since|after|postpartum|post|of|on|later))/g;
// Midwives' notation ("24+5"): weeks and days of a pregnancy, whatever else the message says.
const GESTATION_PLUS = /(?<![\d.+])([1-4]\d)\s?\+\s?[0-6](?![\d])/g;
// The writer being a number of weeks ("i'm 38 weeks") can only be a pregnancy.
const WRITER_WEEKS = /\b(?:i'?m|i am)\s+\d{1,2}\s*(?:weeks?|wks?)\b(?!\s*(?:old|ago))/;
const PREGNANCY_WORDS =
  /\b(?:pregnan\w*|pg|preg|bump|baby|placenta|tightenings?|midwife|maternity|antenatal|contractions?|braxton|trimester|gestation|waters|flutters?|kicks?|kicking|fetal|foetal|movements?|expecting|due)\b/;

/**
 * Reads every vital sign, age and week of pregnancy written as a number in a message; weeks
 * count as a pregnancy when the message tells of one (`pregnancy`, or its own words).
 */
export function readVitals(text: string, pregnancy = false): VitalReading[] {
  const flat = withDigits(readKeywords(foldText(text).replace(/[’‘ʼ`]/g, "'")));
  // `pregnancy`: the caller's words already tell of one (the rules read typos these miss).
  const pregnant = pregnancy || PREGNANCY_WORDS.test(flat) || WRITER_WEEKS.test(flat);
  const out: VitalReading[] = [];
  const sentences = flat.split(VITAL_SENTENCE_BREAK);
  sentences.forEach((s, sentence) => {
    if (!/\d/.test(s) && !NEWBORN.test(s)) return;
    for (const m of s.matchAll(SPO2)) {
      const v = Number(m[1]);
      if (v >= 50 && v <= 100) out.push({ kind: 'spo2', value: v, written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(RR)) {
      const v = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
      if (v >= 2 && v <= 120)
        out.push({ kind: 'respiratory_rate', value: v, written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(HR)) {
      const v = Number(m[1] ?? m[2] ?? m[3]);
      if (v >= 20 && v <= 300 && Number.isInteger(v))
        out.push({ kind: 'heart_rate', value: v, written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(BP)) {
      const [sys, dia] = [Number(m[1]), Number(m[2])];
      if (sys >= 40 && sys <= 300 && dia >= 20 && dia < sys)
        out.push({
          kind: 'blood_pressure',
          value: sys,
          diastolic: dia,
          written: m[0].trim(),
          sentence,
        });
    }
    for (const m of s.matchAll(TEMP)) {
      const v = Number(m[1] ?? m[3] ?? m[5]);
      const unit = (m[2] ?? m[4] ?? m[6] ?? '').charAt(0);
      const fahrenheit = unit === 'f' || (unit === '' && v >= 90 && v <= 113);
      const celsius = fahrenheit
        ? ((v - 32) * 5) / 9
        : unit === 'c' || (v >= 30 && v <= 45)
          ? v
          : Number.NaN;
      if (celsius >= 28 && celsius <= 45)
        out.push({ kind: 'temperature', value: round1(celsius), written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(GLUCOSE)) {
      const v = Number(m[1]);
      const mg = m[2] !== undefined ? m[2].startsWith('mg') : v >= 35;
      const mmol = mg ? v / 18 : v;
      if (mmol >= 0.5 && mmol <= 60)
        out.push({ kind: 'glucose', value: round1(mmol), written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(KETONES)) {
      const v = Number(m[1]);
      if (v <= 15) out.push({ kind: 'ketones', value: v, written: m[0].trim(), sentence });
    }
    for (const m of s.matchAll(TABLETS)) {
      out.push({ kind: 'tablets_taken', value: Number(m[1]), written: m[0].trim(), sentence });
    }
    const ages = new Set<number>();
    for (const re of [AGE_OLD, AGE_OF]) {
      for (const m of s.matchAll(re)) {
        const unit = m[2] ?? 'years';
        const days = Math.round(Number(m[1]) * (AGE_UNITS[unit] ?? 365));
        if (!ages.has(days)) out.push({ kind: 'age', value: days, written: m[0].trim(), sentence });
        ages.add(days);
      }
    }
    for (const m of s.matchAll(AGE_SHORT)) {
      const days = Number(m[1]) * 365;
      if (!ages.has(days)) out.push({ kind: 'age', value: days, written: m[0].trim(), sentence });
      ages.add(days);
    }
    if (NEWBORN.test(s)) out.push({ kind: 'age', value: 7, written: 'newborn', sentence });
    // Why the opening too: "30wks, bleeding" at the head of a message is a pregnancy.
    const opening = sentence === 0 && /^\W*\d{1,2}\s*(?:weeks?|wks?|w)\b/.test(s);
    for (const m of s.matchAll(GESTATION_PLUS)) {
      const weeks = Number(m[1]);
      if (weeks >= 4 && weeks <= 42)
        out.push({ kind: 'gestation', value: weeks, written: m[0].trim(), sentence });
    }
    if (pregnant || opening) {
      for (const m of s.matchAll(GESTATION)) {
        const weeks = Number(m[1]);
        if (weeks >= 4 && weeks <= 42)
          out.push({ kind: 'gestation', value: weeks, written: m[0].trim(), sentence });
      }
    }
  });
  for (const r of out) if (WRITER.test(sentences[r.sentence]!)) r.writer = true;
  return out;
}

// The writer as the subject of a sentence; "my" alone may be "my baby's pulse".
const WRITER = /(?:^|[^a-z'])(?:i|i'm|im|i've|ive|i'd|me)(?![a-z'])/;

const round1 = (x: number): number => Math.round(x * 10) / 10;

// The words that introduce a number, read with one typo as the rules' words are ("pulse"
// typed "apulse"), so a misspelt keyword does not hide the number after it.
const KEYWORDS = [
  'pulse',
  'oxygen',
  'oximeter',
  'temperature',
  'thermometer',
  'sugar',
  'sugars',
  'glucose',
  'breathing',
  'breaths',
  'pressure',
  'heart',
  'ketones',
  'fever',
  'weeks',
  'minute',
  'month',
  'months',
  'paracetamol',
  'ibuprofen',
  'aspirin',
  'codeine',
  'cocodamol',
  'tablets',
  'pills',
  'capsules',
];

function readKeywords(flat: string): string {
  return flat.replace(/[a-z]{4,}/g, (word) => {
    if (EVERYDAY_WORDS.has(word) || NOT_KEYWORDS.has(word) || KEYWORDS.includes(word)) return word;
    return KEYWORDS.find((k) => withinOneEdit(word, k)) ?? word;
  });
}

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const NUMBER_WORDS = new RegExp(
  String.raw`\b(${Object.keys(TENS).join('|')})(?:[\s-]+(${Object.keys(ONES).join('|')}))?\b(?:\s+percent\b)?`,
  'g',
);

/** Numbers written as words, as dictation writes them ("sats ninety two percent"), as digits. */
function withDigits(text: string): string {
  if (!/(?:ty)\b/.test(text)) return text;
  return text.replace(NUMBER_WORDS, (whole, tens: string, ones: string | undefined) => {
    const value = TENS[tens]! + (ones ? ONES[ones]! : 0);
    return whole.endsWith('percent') ? `${value}%` : String(value);
  });
}
