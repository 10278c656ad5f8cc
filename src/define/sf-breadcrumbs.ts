import { define } from '../components/shared/define.js';
import { SfBreadcrumbs } from '../components/sf-breadcrumbs/sf-breadcrumbs.js';

define('sf-breadcrumbs', SfBreadcrumbs);
