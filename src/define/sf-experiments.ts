import { define } from '../elements/base/define.js';
import { SfExperiments } from '../elements/sf-experiments/sf-experiments.js';

define('sf-experiments', SfExperiments);

export { SfExperiments };
