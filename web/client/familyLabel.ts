const WORDS: Record<string, string> = {
  cardiac_chest_pain: 'chest pain of cardiac type',
  breathing_difficulty: 'difficulty breathing',
  suicidal_ideation: 'thoughts of suicide',
  severe_bleeding: 'severe bleeding',
  acute_abdomen: 'acute abdomen',
  abnormal_vitals: 'vital signs in the danger zone',
  major_trauma: 'major trauma',
  neurological: 'neurological signs',
};

/** A red-flag family in the words a nurse uses (`breathing_difficulty` -> difficulty breathing). */
export const familyLabel = (family: string): string => WORDS[family] ?? family.replaceAll('_', ' ');
