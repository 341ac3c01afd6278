// Unit and component tests in Chromium and Firefox, with Lit's production build.
import { base, browsers, plugins } from './web-test-runner.shared.mjs';

export default {
  ...base,
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  browsers: browsers(),
  plugins,
};
