import { plural } from '../catalog.js';
import { type TelemetryMessages } from '../telemetry.js';

/** Finnish words of telemetry. */
export default {
  label: 'Telemetriatapahtumat',
  clear: 'Tyhjennä loki',
  empty: 'Ei vielä tapahtumia. Ne näkyvät tässä sitä mukaa kuin kauppa raportoi niitä.',
  count: (n: number) => `${n} ${plural('fi', n, { one: 'tapahtuma', other: 'tapahtumaa' })} kirjattu`,
  countShown: (n: number, shown: number) => `${n} ${plural('fi', n, { one: 'tapahtuma', other: 'tapahtumaa' })} kirjattu, uusimmat ${shown} näkyvissä`,
  experiments: 'Kokeilut',
  details: 'Tiedot',
  noService: 'Telemetriapalvelua ei ole kytketty.',
  notWatchable: 'Tätä telemetriapalvelua ei voi seurata. Luo se createTelemetry()-funktiolla.',
  'rating.good': 'hyvä',
  'rating.needs-improvement': 'parannettavaa',
  'rating.poor': 'huono',
} satisfies TelemetryMessages;
