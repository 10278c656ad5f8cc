import { type FeedbackMessages } from '../feedback.js';

/** Swedish words of feedback. */
export default {
  'question.nps': 'Hur sannolikt är det att du skulle rekommendera oss till en vän?',
  'question.csat': 'Hur nöjd är du med ditt köp?',
  'question.ces': 'Hur lätt var det att genomföra ditt köp?',
  'low.nps': 'Inte alls sannolikt',
  'high.nps': 'Mycket sannolikt',
  'low.csat': 'Mycket missnöjd',
  'high.csat': 'Mycket nöjd',
  'low.ces': 'Mycket svårt',
  'high.ces': 'Mycket lätt',
  scaleHint: (min: number, low: string, max: number, high: string) => `${min} = ${low}, ${max} = ${high}`,
  comment: 'Hur kunde vi betjäna dig bättre?',
  optional: '(frivilligt)',
  charactersLeft: (n: number) => `${n} tecken kvar`,
  nearLimit: (n: number) => `Snart vid gränsen: högst ${n} tecken kvar.`,
  atLimit: (max: number) => `Du har nått gränsen på ${max} tecken.`,
  scoreMissing: (min: number, max: number) => `Välj ett värde mellan ${min} och ${max}.`,
  submit: 'Skicka',
  notNow: 'Inte nu',
  thanks: 'Tack för din respons!',
  thanksDetail: 'Ditt svar hjälper oss att bli bättre.',
} satisfies FeedbackMessages;
