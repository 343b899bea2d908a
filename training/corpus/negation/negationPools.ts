/** Red flags a message can deny; each key names a pool of denials. */
export type NegationKey =
  | 'chest'
  | 'breathing'
  | 'stroke'
  | 'allergy'
  | 'selfharm'
  | 'bleeding'
  | 'gutblood'
  | 'coughblood'
  | 'fever'
  | 'rash'
  | 'neck'
  | 'urine'
  | 'loin'
  | 'pregnancyEarly'
  | 'pregnancyLate'
  | 'baby'
  | 'child'
  | 'seizure'
  | 'headache'
  | 'headinjury'
  | 'backflags'
  | 'abdo'
  | 'ingestion'
  | 'faint'
  | 'confusion'
  | 'vitals'
  | 'vision'
  | 'swallow';

/** Denials of red flags, in patients' words; each names or implies what is absent. */
export const NEGATIONS: Record<NegationKey, readonly string[]> = {
  chest: [
    'no chest pain',
    'no chest pain at all',
    "{s} {have|has}n't had any chest pain or tightness",
    'no pain in {p} chest, arm or jaw',
    'no chest pain, no palpitations',
    '{p} chest feels fine',
    'no chest pain and no breathlessness',
  ],
  breathing: [
    '{s} {am|is} breathing fine',
    'no shortness of breath',
    'no wheeze and no trouble breathing',
    '{s} can talk in full sentences no problem',
    'breathing is normal',
    'not breathless at all',
    '{p} lips are a normal colour and {s} {am|is} breathing easily',
  ],
  stroke: [
    '{p} face and speech are normal',
    'no weakness or numbness anywhere',
    'no slurred speech, no drooping',
    '{s} can lift both arms fine',
    'speech is normal and {s} can move everything',
    'no facial droop',
  ],
  allergy: [
    'no swelling of {p} lips, tongue or throat',
    'no wheeze, and {s} can swallow fine',
    'no hives anywhere else',
    'just a local reaction, nothing spreading',
    '{p} lips and tongue are normal',
    'no swelling in {p} face',
  ],
  selfharm: [
    "I'm not having any thoughts of harming myself",
    'no thoughts of suicide or self harm',
    'I feel safe and my mood is OK',
    'no dark thoughts, just tired',
    "I'm not depressed, just frustrated",
  ],
  bleeding: [
    'no bleeding',
    'the bleeding stopped straight away',
    "{s} {have|has}n't seen any blood",
    'no blood at all',
    'it only bled a little and stopped',
  ],
  gutblood: [
    'no blood in {p} poo',
    'no blood in {p} sick or poo',
    'no black or bloody poo',
    'no blood in the vomit',
    "{s} {have|has}n't seen any blood",
  ],
  coughblood: [
    'no blood when {s} {cough|coughs}',
    "{s} {am|is}n't coughing up any blood",
    'no blood in {p} phlegm',
  ],
  fever: [
    'no fever',
    'no temperature',
    'temp is normal',
    "{s} {have|has}n't had a temperature",
    'no fever or shivers',
    'no high temperature',
  ],
  rash: [
    'the rash fades when I press a glass on it',
    'the spots disappear when pressed',
    'no purple spots',
    'it blanches with the glass test',
    'it fades under pressure',
    'the glass test is fine, it goes pale',
  ],
  neck: [
    'no stiff neck',
    '{s} can touch {p} chin to {p} chest',
    'no problem with bright lights',
    'no neck stiffness',
    '{s} can move {p} neck normally',
  ],
  urine: [
    '{s} {am|is} peeing normally',
    'passing urine fine',
    'wee is a normal colour and amount',
    'no problems peeing',
  ],
  loin: ['no pain in {p} back or sides', 'no back pain', 'no loin pain', 'no pain in {p} kidneys'],
  pregnancyEarly: [
    'no bleeding and no pain',
    'no spotting at all',
    'no pain on one side',
    'no tummy pain or bleeding',
    '{s} {have|has} no shoulder tip pain or dizziness',
  ],
  pregnancyLate: [
    'the baby is moving normally',
    'no bleeding and no pain',
    'no leaking fluid',
    'no headaches or blurry vision',
    'movements are the same as always',
    'no swelling in {p} face or hands',
    'baby is kicking away as usual',
  ],
  baby: [
    '{s} {am|is} feeding well',
    'plenty of wet nappies',
    '{s} {am|is} alert and smiley',
    'feeding and weeing normally',
    '{s} {am|is} {p} usual self',
    'no fever and feeding fine',
    '{s} {am|is} breathing normally, no grunting',
  ],
  child: [
    '{s} {am|is} running around and playing',
    '{s} {am|is} eating and drinking normally',
    '{s} {am|is} {p} normal cheeky self',
    'no fever and {s} {am|is} drinking well',
    '{s} {am|is} alert and chatty',
    '{s} {am|is} weeing normally',
  ],
  seizure: [
    'no fits or funny turns',
    'no shaking or blackouts',
    '{s} {have|has} never had a seizure',
  ],
  headache: [
    'the headache came on gradually, not suddenly',
    "it's not the worst headache {s} {have|has} had",
    'no sudden onset, it built up slowly',
    "it's the usual kind of headache",
    'no headache',
  ],
  headinjury: [
    "{s} didn't hit {p} head",
    'no head injury',
    "{s} didn't bang {p} head or get knocked out",
  ],
  backflags: [
    'no numbness around {p} bottom or groin',
    '{s} {am|is} peeing and pooing normally',
    'no weakness in {p} legs',
    'no problems with {p} bladder or bowels',
    'no pins and needles in {p} legs',
  ],
  abdo: [
    '{p} tummy is soft and not tender',
    'no stomach pain',
    'no vomiting',
    'passing wind and poo normally',
  ],
  ingestion: [
    "{s} didn't swallow anything",
    'only the normal dose was taken',
    'nothing was swallowed, I checked',
  ],
  faint: [
    'no fainting or dizziness',
    "{s} {have|has}n't passed out",
    'no blackouts',
    'no dizziness',
  ],
  confusion: [
    '{s} {am|is} not confused at all',
    '{s} {am|is} completely with it',
    'thinking is clear',
    '{s} {am|is} chatting normally',
  ],
  vitals: [
    'temp {d:36.5-37.3}, sats {n:96-99}%',
    'sats {n:96-99} and pulse {n:64-86}',
    'BP {n:114-132}/{n:70-82}',
    'temperature {d:36.6-37.2}C',
    'pulse is {n:62-84} and regular',
    'temp {d:97.8-99.0}F',
  ],
  vision: [
    'vision is fine',
    'no change in {p} eyesight',
    'no pain with light',
    '{s} can see normally',
  ],
  swallow: [
    '{s} can swallow and drink fine',
    'no drooling, swallowing OK',
    '{s} {am|is} eating and drinking fine',
  ],
};
