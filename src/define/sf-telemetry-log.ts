import { define } from '../components/shared/define.js';
import { SfTelemetryLog } from '../components/sf-telemetry-log/sf-telemetry-log.js';

define('sf-telemetry-log', SfTelemetryLog);
