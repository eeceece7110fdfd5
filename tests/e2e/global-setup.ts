import { testSiteProblem } from '../helpers/test-site.mjs';

/**
 * The browser tests run against the built test site; without it they would only time out.
 * (The web server checks this too, but a server already running on the port skips that.)
 */
export default function globalSetup() {
  const problem = testSiteProblem();
  if (problem) throw new Error(problem);
}
