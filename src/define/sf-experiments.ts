import { define } from '../components/shared/define.js';
import { SfExperiments } from '../components/sf-experiments/sf-experiments.js';

define('sf-experiments', SfExperiments);
