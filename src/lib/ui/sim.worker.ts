/// <reference lib="webworker" />
/**
 * The app's simulation worker: simulates each program (worker/serve.ts) and builds the run's
 * view (model.ts buildRunView) here, off the main thread; the page gets it with the result.
 */
import { serveRuns } from '../worker/serve';
import { buildRunView } from './model';

serveRuns((result) => {
  // The traces travel in the result; the view's own indexes travel beside them.
  const { trace: _trace, ui: _ui, ...own } = buildRunView(result.trace, result.ui);
  return own;
});
