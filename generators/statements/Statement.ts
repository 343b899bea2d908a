/** One red flag as a patient writes it, with the forms that must NOT escalate. */
export interface Statement {
  family:
    | 'stroke'
    | 'cardiac_chest_pain'
    | 'breathing_difficulty'
    | 'anaphylaxis'
    | 'suicidal_ideation'
    | 'severe_bleeding'
    | 'sepsis'
    | 'meningitis'
    | 'obstetric'
    | 'paediatric'
    | 'seizure'
    | 'neurological'
    | 'acute_abdomen'
    | 'poisoning'
    | 'abnormal_vitals'
    | 'fainting'
    | 'confusion';
  /** 1 = needs an immediate life-saving intervention (ESI v4 level 1), 2 = emergency/high risk. */
  acuity: 1 | 2;
  /** The red flag happening now, written by the patient ("my chest feels crushed and the pain goes down my left arm"). */
  firstPerson: string;
  /**
   * The same red flag happening now, written by a relative about {who}, with {they}/{their}/{them}
   * pronoun placeholders and verbs for a third-person singular subject.
   * WARNING: paediatric items describe {who}'s child ("{who}'s 6 week old") and obstetric items
   * assume {who} can be pregnant; pick relatives to suit.
   */
  thirdPerson: string;
  /** The same finding clearly denied, as a patient would write it ("no chest pain at all, just a bit of a cough"). No other red flag inside. */
  negated: string;
  /** The same finding in the past, resolved and dealt with long ago ("i had a heart attack in 2016 and had a stent, all fine since"). */
  past: string;
  /** A relative's history, not the writer's problem now ("my grandad died of a heart attack at 60"). */
  familyHistory: string;
  /** A hypothetical or educational question ("what are the warning signs of a heart attack?"). */
  hypothetical: string;
}
