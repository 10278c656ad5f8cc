import { define } from '../elements/base/define.js';
import { SfBreadcrumbs } from '../elements/sf-breadcrumbs/sf-breadcrumbs.js';

define('sf-breadcrumbs', SfBreadcrumbs);

export { SfBreadcrumbs };
