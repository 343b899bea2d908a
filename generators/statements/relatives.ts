/** A person a relative writes about, with the pronouns that fill {who}, {they}, {their} and {them}. */
export interface Relative {
  who: string;
  they: string;
  their: string;
  them: string;
}

/** People a message can be written about, singular noun phrases with their pronouns. */
export const RELATIVES: readonly Relative[] = [
  { who: 'my mum', they: 'she', their: 'her', them: 'her' },
  { who: 'my dad', they: 'he', their: 'his', them: 'him' },
  { who: 'my husband', they: 'he', their: 'his', them: 'him' },
  { who: 'my wife', they: 'she', their: 'her', them: 'her' },
  { who: 'my son', they: 'he', their: 'his', them: 'him' },
  { who: 'my daughter', they: 'she', their: 'her', them: 'her' },
  { who: 'my partner', they: 'they', their: 'their', them: 'them' },
  { who: 'my flatmate', they: 'they', their: 'their', them: 'them' },
  { who: 'my gran', they: 'she', their: 'her', them: 'her' },
  { who: 'my grandad', they: 'he', their: 'his', them: 'him' },
  { who: 'my brother', they: 'he', their: 'his', them: 'him' },
  { who: 'my sister', they: 'she', their: 'her', them: 'her' },
  { who: 'our neighbour', they: 'they', their: 'their', them: 'them' },
  { who: 'my aunt', they: 'she', their: 'her', them: 'her' },
  { who: 'my uncle', they: 'he', their: 'his', them: 'him' },
  { who: 'my girlfriend', they: 'she', their: 'her', them: 'her' },
  { who: 'my boyfriend', they: 'he', their: 'his', them: 'him' },
  { who: 'my mother-in-law', they: 'she', their: 'her', them: 'her' },
  { who: 'my stepdad', they: 'he', their: 'his', them: 'him' },
  { who: 'my friend', they: 'they', their: 'their', them: 'them' },
];
