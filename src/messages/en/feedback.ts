import { plural } from '../catalog.js';

/** English words of feedback (the shape the other languages follow). */
const messages = {
  'question.nps': 'How likely are you to recommend us to a friend?',
  'question.csat': 'How satisfied are you with your purchase?',
  'question.ces': 'How easy was it to complete your purchase?',
  'low.nps': 'Not at all likely',
  'high.nps': 'Extremely likely',
  'low.csat': 'Very dissatisfied',
  'high.csat': 'Very satisfied',
  'low.ces': 'Very difficult',
  'high.ces': 'Very easy',
  scaleHint: (min: number, low: string, max: number, high: string) => `${min} = ${low}, ${max} = ${high}`,
  comment: 'How could we serve you better?',
  optional: '(optional)',
  charactersLeft: (n: number) => `${n} ${plural('en', n, { one: 'character', other: 'characters' })} left`,
  nearLimit: (n: number) => `Almost at the limit: ${n} or fewer ${plural('en', n, { one: 'character', other: 'characters' })} left.`,
  atLimit: (max: number) => `You have reached the limit of ${max} characters.`,
  scoreMissing: (min: number, max: number) => `Choose a score from ${min} to ${max}.`,
  submit: 'Send',
  notNow: 'Not now',
  thanks: 'Thank you for your feedback!',
  thanksDetail: 'Your answer helps us do better.',
};

export default messages;
