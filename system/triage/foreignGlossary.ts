/**
 * Red-flag phrases as patients write them in the languages a UK or US clinic meets most
 * (Spanish, Portuguese, Polish, Romanian, French, and Hindi/Urdu typed in Latin letters), each
 * with the English words the rules read; tokens are folded first (no accents, lower case).
 * Why a glossary and not rules per language: a patient who mixes languages ("68 saal, face ek
 * side latak gaya") must meet the same rules as one who writes English, and every rule stays
 * written once. Only phrases and words that are no English word themselves are listed, so an
 * English message never changes.
 */
const GLOSSARY: Record<string, string> = {
  // Spanish
  'dolor de pecho': 'chest pain',
  'dolor en el pecho': 'chest pain',
  'dolor fuerte en el pecho': 'severe chest pain',
  'como si me aplastaran': 'crushing',
  'me falta el aire': 'short of breath',
  'falta de aire': 'short of breath',
  'no puedo respirar': 'cant breathe',
  'no puede respirar': 'cant breathe',
  'sangrando mucho': 'bleeding heavily',
  'mucha sangre': 'bleeding heavily',
  'no para': 'wont stop',
  'de la herida': 'from the wound',
  'se tomo': 'took',
  'el jarabe entero': 'the whole bottle',
  'jarabe entero': 'whole bottle',
  'el nino': 'the child',
  'la nina': 'the child',
  'mi hijo': 'my son',
  'mi hija': 'my daughter',
  'no quiero vivir': 'dont want to live',
  'quiero morir': 'want to die',
  'la cuerda lista': 'the noose ready',
  'manchas moradas': 'purple spots',
  'que no desaparecen': 'that dont fade',
  'muy dormido': 'very sleepy',
  'muy dormida': 'very sleepy',
  'no come': 'not feeding',
  'frio al tacto': 'cold to touch',
  'fria al tacto': 'cold to touch',
  anos: 'years',
  semanas: 'weeks',
  bebe: 'baby',
  // Portuguese
  'dor forte': 'severe pain',
  'dor no peito': 'chest pain',
  'na barriga': 'in the tummy',
  barriga: 'tummy',
  'muito inchada': 'swollen',
  'muito inchado': 'swollen',
  'vomitando verde': 'vomiting green',
  'falta de ar': 'short of breath',
  'nao consigo falar': 'cant talk',
  'nao consigo respirar': 'cant breathe',
  'garganta fechando': 'throat closing',
  'alergia grave': 'severe allergic reaction',
  'comi camarao': 'ate shrimp',
  'gravida de': 'pregnant',
  gravida: 'pregnant',
  'dor de cabeca': 'headache',
  'vendo pontos brilhantes': 'seeing spots',
  'boca torta': 'face drooping',
  'nao consegue levantar o braco': 'cant lift his arm',
  'muito tonto': 'very dizzy',
  'muito tonta': 'very dizzy',
  asmatico: 'asthmatic',
  asmatica: 'asthmatic',
  // Polish
  krwawie: 'bleeding',
  krwawi: 'bleeding',
  'z rany': 'from the wound',
  'nie moge zatrzymac': 'wont stop',
  'kreci mi sie w glowie': 'dizzy',
  dziecko: 'child',
  polknelo: 'swallowed',
  polknal: 'swallowed',
  polknela: 'swallowed',
  magnesy: 'magnets',
  wysypka: 'rash',
  'nie znika pod szklanka': 'doesnt fade under a glass',
  goraczke: 'fever',
  goraczka: 'fever',
  'nie chce juz zyc': 'dont want to live',
  'nie chce zyc': 'dont want to live',
  'mam tabletki przy sobie': 'have the tablets with me',
  'bol w klatce piersiowej': 'chest pain',
  'nie moge oddychac': 'cant breathe',
  // Romanian
  'gat umflat': 'throat swelling',
  'intepatura de albina': 'bee sting',
  'nu pot respira': 'cant breathe',
  'durere in piept': 'chest pain',
  // French
  'je ne peux pas respirer': 'cant breathe',
  'douleur thoracique': 'chest pain',
  'douleur dans la poitrine': 'chest pain',
  // Hindi and Urdu in Latin letters
  'ek side latak gaya': 'drooping on one side',
  'latak gaya': 'drooping',
  'bol nahi pa rahe': 'cant speak properly',
  'bol nahi pa rahi': 'cant speak properly',
  saal: 'years',
  'saans lene mein bohat takleef': 'difficulty breathing',
  'saans lene mein takleef': 'difficulty breathing',
  'mushkil saans': 'difficulty breathing',
  'hont neele': 'lips blue',
  'tez bukhar': 'high fever',
  bukhar: 'fever',
  hararat: 'fever',
  'gardan akad gayi': 'stiff neck',
  ulti: 'vomiting',
  'pet dard': 'tummy pain',
  'pet mein dard': 'tummy pain',
  'pet phool gaya': 'tummy swollen',
  'latrine nahi gayi': 'not pooed',
  'latrine nahi gaya': 'not pooed',
  'jeena nahi hai': 'dont want to live',
  'blade le liya': 'have the blade in my hand',
  behoshi: 'unconscious',
  behosh: 'unconscious',
  'jawab nahi de rahin': 'not responding',
  'jawab nahi de rahe': 'not responding',
  achanak: 'suddenly',
  'bohat kamzor': 'very weak',
  bachche: 'child',
  ammi: 'mum',
  // English as voice-to-text and text-speak spell it
  thru: 'through',
};

type Entry = { readonly from: readonly string[]; readonly to: readonly string[] };

const BY_FIRST = new Map<string, Entry[]>();
for (const [from, to] of Object.entries(GLOSSARY)) {
  const entry = { from: from.split(' '), to: to.split(' ') };
  const list = BY_FIRST.get(entry.from[0]!) ?? [];
  list.push(entry);
  // Why longest first: "dor forte" before "dor", so the fullest phrase is the one read.
  list.sort((a, b) => b.from.length - a.from.length);
  BY_FIRST.set(entry.from[0]!, list);
}

/** The tokens with every glossary phrase replaced by its English words. */
export function withEnglishGlossary(tokens: readonly string[]): string[] {
  if (!tokens.some((t) => BY_FIRST.has(t))) return tokens as string[];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = BY_FIRST.get(tokens[i]!)?.find((e) =>
      e.from.every((w, k) => tokens[i + k] === w),
    );
    if (entry) {
      out.push(...entry.to);
      i += entry.from.length;
    } else out.push(tokens[i++]!);
  }
  return out;
}
