import { define } from '../elements/base/define.js';
import { SfTelemetryLog } from '../elements/sf-telemetry-log/sf-telemetry-log.js';

define('sf-telemetry-log', SfTelemetryLog);

export { SfTelemetryLog };
