import { define } from '../elements/base/define.js';
import { SfStoreAvailability } from '../elements/sf-store-availability/sf-store-availability.js';

define('sf-store-availability', SfStoreAvailability);

export { SfStoreAvailability };
