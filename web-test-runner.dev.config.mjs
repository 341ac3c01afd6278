// The same tests in Chromium with Lit's development build, whose warnings fail the tests
// (test/helpers.ts turns them into failures).
import { base, browsers, plugins } from './web-test-runner.shared.mjs';

export default {
  ...base,
  nodeResolve: { exportConditions: ['development'] },
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  browsers: browsers(['chromium']),
  plugins,
};
