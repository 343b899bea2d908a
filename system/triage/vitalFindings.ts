import type { VitalReading } from './readVitals.js';

/** A finding read from a number, with what was read and the threshold it crossed. */
export interface VitalFinding {
  id: VitalFindingId;
  basis: string;
}

/** The findings numbers can give, for the rules to combine. */
export const VITAL_FINDING_IDS = [
  'spo2_critical',
  'spo2_low',
  'rr_critical',
  'rr_high',
  'hr_critical',
  'hr_high',
  'hr_low',
  'sbp_critical',
  'sbp_low',
  'bp_crisis',
  'bp_severe',
  'bp_pregnancy_high',
  'bp_pregnancy_severe',
  'fever_reading',
  'temp_high',
  'temp_very_high',
  'temp_low',
  'temp_below_36',
  'glucose_low',
  'glucose_very_low',
  'glucose_high',
  'glucose_very_high',
  'ketones_high',
  'ketones_raised',
  'age_lt_3m',
  'age_lt_1y',
  'age_lt_5y',
  'age_child',
  'infant_fever',
  'infant_temp_low',
  'gestation',
  'gestation_ge_20',
  'gestation_preterm',
  'many_tablets',
  'hr_over_100',
] as const;
export type VitalFindingId = (typeof VITAL_FINDING_IDS)[number];

// Why 92 days for 3 months: "3 months old" reads as 91.2 days, and NICE NG143's under-3-months
// rule must hold for a baby who is 3 months to the day.
const DAYS = { m3: 92, y1: 365, y3: 3 * 365, y5: 5 * 365, y8: 8 * 365, y16: 16 * 365 };

/** ESI v4's danger-zone heart and breathing rates by age (days), with adults' beyond 8 years. */
function rateLimits(ageDays: number | undefined): { hr: number; rr: number; critical: number } {
  if (ageDays === undefined || ageDays >= DAYS.y8) return { hr: 130, rr: 25, critical: 180 };
  if (ageDays < DAYS.m3) return { hr: 180, rr: 50, critical: 220 };
  if (ageDays < DAYS.y3) return { hr: 160, rr: 40, critical: 220 };
  return { hr: 140, rr: 30, critical: 200 };
}

/**
 * The findings a message's numbers give. Thresholds: ESI v4 danger-zone vital signs (SpO2
 * below 92%, heart and breathing rates by age), NEWS2 for adults' extremes, NICE NG143
 * (an infant under 3 months at 38 C or more), NICE NG133 and NG121 (blood pressure of 160/110
 * in pregnancy), ADA level 2 hypoglycaemia (below 3.0 mmol/L, 54 mg/dL), AHA hypertensive
 * crisis (180/120). `pregnant` says whether the message is about a pregnancy or a birth.
 */
export function vitalFindings(
  readings: readonly VitalReading[],
  pregnant: boolean,
): VitalFinding[] {
  const out = new Map<VitalFindingId, string>();
  const add = (id: VitalFindingId, basis: string) => {
    if (!out.has(id)) out.set(id, basis);
  };
  const ages = readings.filter((r) => r.kind === 'age').map((r) => r.value);
  const youngest = ages.length > 0 ? Math.min(...ages) : undefined;
  const ageFor = (reading: VitalReading): number | undefined => {
    const here = readings.filter((r) => r.kind === 'age' && r.sentence === reading.sentence);
    if (here.length > 0) return Math.min(...here.map((r) => r.value));
    // Why not the child's age for the writer's own numbers: a parent who writes "my 4 month
    // old is fine. heart rate 160 and i feel faint" is telling of their own heart.
    if (reading.writer) return undefined;
    return new Set(ages).size === 1 ? youngest : undefined;
  };
  if (youngest !== undefined) {
    const age = describeAge(youngest);
    if (youngest < DAYS.m3) add('age_lt_3m', `age ${age} (under 3 months)`);
    if (youngest < DAYS.y1) add('age_lt_1y', `age ${age} (under 1 year)`);
    if (youngest < DAYS.y5) add('age_lt_5y', `age ${age} (under 5 years)`);
    if (youngest < DAYS.y16) add('age_child', `age ${age} (a child)`);
  }
  for (const r of readings) {
    const age = ageFor(r);
    const limits = rateLimits(age);
    switch (r.kind) {
      case 'spo2':
        if (r.value < 90) add('spo2_critical', `SpO2 ${r.value}% (below 90%)`);
        else if (r.value < 92) add('spo2_low', `SpO2 ${r.value}% (below 92%)`);
        break;
      case 'respiratory_rate':
        if (r.value <= 8) add('rr_critical', `breathing ${r.value}/min (8 or fewer)`);
        else if (r.value > limits.rr)
          add('rr_high', `breathing ${r.value}/min (above ${limits.rr})`);
        break;
      case 'heart_rate':
        if (r.value >= limits.critical)
          add('hr_critical', `heart rate ${r.value} (${limits.critical} or more)`);
        if (r.value > limits.hr) add('hr_high', `heart rate ${r.value} (above ${limits.hr})`);
        // ESI v4's adult danger zone: alone it escalates nothing, beside a cause it does.
        if (r.value > 100 && (age === undefined || age >= DAYS.y8))
          add('hr_over_100', `heart rate ${r.value} (above 100)`);
        // Why at any age: a rate an adult's danger zone holds low is lower still for a child
        // (PALS: below 60 in a child under 8 calls for CPR when perfusion is poor).
        else if (r.value <= 40) add('hr_low', `heart rate ${r.value} (40 or below)`);
        else if (r.value < 60 && age !== undefined && age < DAYS.y8)
          add('hr_low', `heart rate ${r.value} (below 60 under 8 years)`);
        break;
      case 'blood_pressure': {
        const bp = `BP ${r.value}/${r.diastolic}`;
        if (r.value < 70) add('sbp_critical', `${bp} (systolic below 70)`);
        // NEWS2 scores a systolic of 90 itself at its highest.
        if (r.value <= 90) add('sbp_low', `${bp} (systolic 90 or below)`);
        if (r.value >= 220 || r.diastolic >= 130) add('bp_severe', `${bp} (220/130 or above)`);
        if (r.value >= 180 || r.diastolic >= 120) add('bp_crisis', `${bp} (180/120 or above)`);
        if (pregnant && (r.value >= 160 || r.diastolic >= 110))
          add('bp_pregnancy_severe', `${bp} in pregnancy (160/110 or above)`);
        if (pregnant && (r.value >= 140 || r.diastolic >= 90))
          add('bp_pregnancy_high', `${bp} in pregnancy (140/90 or above)`);
        break;
      }
      case 'temperature': {
        const t = `temperature ${r.value} C (${r.written})`;
        if (r.value >= 38) add('fever_reading', `${t}, 38 C or more`);
        if (r.value >= 40) add('temp_high', `${t}, 40 C or more`);
        if (r.value >= 41) add('temp_very_high', `${t}, 41 C or more`);
        if (r.value < 35) add('temp_low', `${t}, below 35 C`);
        if (r.value < 36) add('temp_below_36', `${t}, below 36 C`);
        if (age !== undefined && age < DAYS.m3 && r.value >= 38)
          add('infant_fever', `${t} at ${describeAge(age)} (under 3 months, 38 C or more)`);
        if (age !== undefined && age < DAYS.m3 && r.value < 36)
          add('infant_temp_low', `${t} at ${describeAge(age)} (under 3 months, below 36 C)`);
        break;
      }
      case 'glucose': {
        const g = `glucose ${r.value} mmol/L (${r.written})`;
        if (r.value < 3) add('glucose_very_low', `${g}, below 3.0`);
        if (r.value < 4) add('glucose_low', `${g}, below 4.0`);
        if (r.value >= 20) add('glucose_high', `${g}, 20 or more`);
        if (r.value >= 30) add('glucose_very_high', `${g}, 30 or more`);
        break;
      }
      case 'ketones':
        if (r.value >= 3) add('ketones_high', `ketones ${r.value} mmol/L (3 or more)`);
        if (r.value >= 1.5) add('ketones_raised', `ketones ${r.value} mmol/L (1.5 or more)`);
        break;
      case 'gestation':
        add('gestation', `${r.value} weeks pregnant`);
        if (r.value >= 20) add('gestation_ge_20', `${r.value} weeks pregnant (20 or more)`);
        if (r.value < 37) add('gestation_preterm', `${r.value} weeks pregnant (before 37)`);
        break;
      case 'tablets_taken':
        // Why 8: more than a day's dose of most tablets taken at once (paracetamol's is 8).
        if (r.value >= 8) add('many_tablets', `${r.value} tablets taken (${r.written})`);
        break;
      case 'age':
        break;
    }
  }
  return [...out].map(([id, basis]) => ({ id, basis }));
}

function describeAge(days: number): string {
  if (days < 28) return `${days} days`;
  if (days < DAYS.m3) return `${Math.round(days / 7)} weeks`;
  if (days < 2 * DAYS.y1) return `${Math.round(days / 30.4)} months`;
  return `${Math.round(days / 365)} years`;
}
