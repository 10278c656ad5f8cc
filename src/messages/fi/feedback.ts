import { plural } from '../catalog.js';
import { type FeedbackMessages } from '../feedback.js';

/** Finnish words of feedback. */
export default {
  'question.nps': 'Kuinka todennäköisesti suosittelisit meitä ystävällesi?',
  'question.csat': 'Kuinka tyytyväinen olet ostokseesi?',
  'question.ces': 'Kuinka helppoa ostoksen tekeminen oli?',
  'low.nps': 'Erittäin epätodennäköisesti',
  'high.nps': 'Erittäin todennäköisesti',
  'low.csat': 'Erittäin tyytymätön',
  'high.csat': 'Erittäin tyytyväinen',
  'low.ces': 'Erittäin vaikeaa',
  'high.ces': 'Erittäin helppoa',
  scaleHint: (min: number, low: string, max: number, high: string) => `${min} = ${low}, ${max} = ${high}`,
  comment: 'Miten voisimme palvella sinua paremmin?',
  optional: '(vapaaehtoinen)',
  charactersLeft: (n: number) => `${n} ${plural('fi', n, { one: 'merkki', other: 'merkkiä' })} jäljellä`,
  nearLimit: (n: number) => `Raja lähestyy: enintään ${n} ${plural('fi', n, { one: 'merkki', other: 'merkkiä' })} jäljellä.`,
  atLimit: (max: number) => `Olet kirjoittanut enimmäismäärän, ${max} merkkiä.`,
  scoreMissing: (min: number, max: number) => `Valitse arvo väliltä ${min}–${max}.`,
  submit: 'Lähetä',
  notNow: 'Ei nyt',
  thanks: 'Kiitos palautteestasi!',
  thanksDetail: 'Vastauksesi auttaa meitä kehittymään.',
} satisfies FeedbackMessages;
