export {
  type CheckJson,
  type CheckJsonProblem,
  checkReportJson,
  toCheckJson,
} from './check-report-json.js';
export {
  type CheckOptions,
  type CheckReport,
  type CheckStats,
  checkScenario,
} from './check-scenario.js';
