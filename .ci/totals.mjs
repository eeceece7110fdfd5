// Adds up the JSON reports of Vitest and Playwright into the one closing line
// CI reads: "N passed, N failed". A failure before any test ran (type check,
// build) counts as one failed so the line never reads as a clean pass.
import { existsSync, readFileSync } from 'node:fs';

const [status, vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(file) {
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}

const playwright = read(playwrightFile);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
}

if (Number(status) !== 0 && failed === 0) {
  console.log('The test command failed outside a test (type check, build or runner set-up); see above.');
  failed = 1;
}

console.log(`${passed} passed, ${failed} failed`);
