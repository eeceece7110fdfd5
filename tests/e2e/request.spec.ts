import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { blockStorage, guide, startedUp, stepBox, watchErrors } from './helpers';
import { printed } from '../helpers/printed';

const contact = { name: 'Ada Lovelace', email: 'ada@example.org' };
const organisation = String(guide.privacyContact.organisation);
const dpoEmail = String(guide.privacyContact.email);
const path = `${guide.path}request/`;
const KEY = `delete-guides:progress:${guide.slug}`;

const field = (page: Page, name: 'name' | 'email') => page.getByLabel(name === 'name' ? 'Your name' : 'The email address of your account');
const letter = (page: Page) => page.getByRole('textbox', { name: 'Your letter, to copy' });

async function open(page: Page, at?: string) {
  if (at) await page.clock.setFixedTime(new Date(at));
  await page.goto(path);
  await startedUp(page);
}

async function fillIn(page: Page) {
  await field(page, 'name').fill(contact.name);
  await field(page, 'email').fill(contact.email);
}

test('refuses to write a letter with a blank field, and says so at the field', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await expect(field(page, 'name')).toBeFocused();
  await expect(field(page, 'name')).toHaveAccessibleDescription(/Type your name/);
  await expect(field(page, 'email')).toHaveAccessibleDescription(/Type the email address of your account/);
  await expect(letter(page)).toBeHidden();
  await field(page, 'name').fill(contact.name);
  await field(page, 'email').fill('my username is XXXXXX');
  await page.getByRole('button', { name: 'Download as text' }).click();
  await expect(field(page, 'email')).toBeFocused();
  await expect(field(page, 'email')).toHaveAccessibleDescription(/not an email address/);
});

test('writes the letter to the privacy contact the guide names, and copies it, drafts it and saves it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await open(page);
  await expect(page.getByRole('link', { name: dpoEmail })).toHaveAttribute('href', `mailto:${dpoEmail}`);
  await fillIn(page);
  await expect(letter(page)).toHaveValue(new RegExp(`To the data protection officer of ${organisation}`));
  await expect(letter(page)).toHaveValue(/my name is Ada Lovelace, and the email address of my Bramblebox account is ada@example\.org/);
  await expect(letter(page)).toHaveValue(/Article 17 of the General Data Protection Regulation/);

  const href = (await page.getByRole('link', { name: 'Open an email draft' }).getAttribute('href')) ?? '';
  const draft = new URL(href);
  expect(draft.protocol).toBe('mailto:');
  expect(draft.pathname).toBe(dpoEmail);
  expect(href).not.toContain('+');
  expect(new URLSearchParams(draft.search).get('body')).toContain('Yours faithfully,\r\nAda Lovelace');

  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await expect(page.getByRole('status').first()).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Ada Lovelace');

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text' }).click()]);
  expect(saved.suggestedFilename()).toBe(`${guide.slug}-erasure-request.txt`);
  const text = readFileSync((await saved.path()) ?? '', 'utf8');
  expect(text).toContain('Subject: Request to erase my Bramblebox account');
  expect(text).toContain('ada@example.org');
  expect(errors).toEqual([]);
});

test('the UK letter cites the UK GDPR, and elsewhere the letter cites no law', async ({ page }) => {
  await open(page);
  await fillIn(page);
  await page.getByRole('radio', { name: 'In the United Kingdom (UK GDPR)' }).check();
  await expect(letter(page)).toHaveValue(/UK General Data Protection Regulation/);
  await expect(page.getByRole('link', { name: 'UK GDPR Article 17(1)' })).toBeVisible();
  await page.getByRole('radio', { name: 'Elsewhere (a plain request)' }).check();
  await expect(letter(page)).not.toHaveValue(/Article|GDPR/);
  await expect(page.getByText('Your rights depend on where you live.')).toBeVisible();
});

test('prints the letter alone, on one page of A4 or Letter', async ({ page }) => {
  await open(page);
  await fillIn(page);
  // Print is the browser's own dialog; what the button puts on paper is the letter block.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const paper = await printed(page, format);
    expect(paper.pages).toBe(1);
    expect(paper.text).toContain('Yours faithfully, Ada Lovelace');
    expect(paper.text).not.toContain('Where do you live?');
  }
});

test("the browser's own Print gives the letter too: as typed, or with gaps to fill by hand, never a blank page", async ({ page }) => {
  await open(page);
  const blank = await printed(page, 'A4');
  expect(blank.pages).toBe(1);
  expect(blank.text).toContain('[your name]');
  expect(blank.text).toContain(organisation);
  await fillIn(page);
  const typed = await printed(page, 'A4');
  expect(typed.pages).toBe(1);
  expect(typed.text).toContain('Yours faithfully, Ada Lovelace');
  expect(typed.text).not.toContain('[your name]');
});

test('keeps the name and email only when the reader ticks "remember", and forgets them when unticked', async ({ page }) => {
  await open(page);
  await fillIn(page);
  await page.reload();
  await expect(field(page, 'name')).toHaveValue('');
  await fillIn(page);
  await page.getByLabel('Remember my name and email on this device').check();
  await page.reload();
  await expect(field(page, 'name')).toHaveValue(contact.name);
  await expect(field(page, 'email')).toHaveValue(contact.email);
  await page.getByLabel('Remember my name and email on this device').uncheck();
  expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).not.toContain('Ada');
});

test.describe('after sending', () => {
  test('shows the day the answer is due and how many days are left, then the follow-up once it has passed', async ({ page }) => {
    await open(page, '2026-02-10T12:00:00');
    await fillIn(page);
    await page.getByRole('radio', { name: 'In the United Kingdom (UK GDPR)' }).check();
    await page.getByLabel('The day they received it').fill('2026-01-31');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    // One month from 31 January is the last day of February, a Saturday in 2026: the next working day is Monday 2 March.
    await expect(page.getByText('Received on Saturday, 31 January 2026. The answer is due by Monday, 2 March 2026: 20 days from today.')).toBeVisible();
    await expect(page.getByText('One calendar month ends on Saturday, 28 February 2026, a weekend')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No answer yet?' })).toBeHidden();

    // "A month later": the clock moves on, the record stays.
    await page.clock.setFixedTime(new Date('2026-03-10T09:00:00'));
    await page.reload();
    await expect(page.getByText('The answer was due by Monday, 2 March 2026, 8 days ago.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No answer yet?' })).toBeVisible();
    // Not remembered on this device, so the follow-up asks for them again.
    await fillIn(page);
    await expect(page.getByRole('link', { name: /ICO: make a complaint/ })).toHaveAttribute('href', 'https://ico.org.uk/make-a-complaint/data-protection-complaints/');
    const [followUp] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the follow-up letter' }).click()]);
    const text = readFileSync((await followUp.path()) ?? '', 'utf8');
    expect(text).toContain('On Saturday, 31 January 2026 I asked you to erase my Bramblebox account');
    expect(text).toContain('ended on Saturday, 28 February 2026');
  });

  test('gives reminders as a calendar file a real parser reads', async ({ page }) => {
    await open(page, '2026-02-10T12:00:00');
    await page.getByLabel('The day they received it').fill('2026-02-03');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add reminders to my calendar' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const raw = readFileSync((await file.path()) ?? '', 'utf8');
    expect(raw).toContain('\r\n');
    const events = new ICAL.Component(ICAL.parse(raw)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-03-03']);
    expect(events[0]?.startDate.isDate).toBe(true);
  });
});

test.describe('the reader\'s data', () => {
  test('exported here and imported in a fresh browser, brings back ticks, the closing day and requests', async ({ page, browser }) => {
    await page.clock.setFixedTime(new Date('2026-02-10T12:00:00'));
    await page.goto(guide.path);
    await startedUp(page);
    for (let n = 1; n <= guide.steps.length; n++) await stepBox(page, n).check();
    await open(page);
    await page.getByLabel('The day they received it').fill('2026-02-03');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a file' }).click()]);
    const exported = (await file.path()) ?? '';

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.clock.setFixedTime(new Date('2026-02-11T12:00:00'));
    await other.goto(path);
    await startedUp(other);
    await other.getByLabel('Import a file').setInputFiles(exported);
    await expect(other.getByText('The file is imported')).toBeVisible();
    await expect(other.getByText('Received on Tuesday, 3 February 2026.')).toBeVisible();
    await other.goto(guide.path);
    for (let n = 1; n <= guide.steps.length; n++) await expect(stepBox(other, n)).toBeChecked();
    await fresh.close();
  });

  test('refuses a file that is not ours, or is cut short, with a clear message, and changes nothing', async ({ page }) => {
    await open(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":3,"done":{"step-sign-in":1}}'), KEY);
    await page.getByLabel('Import a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"delete-guides-data","version":1,"rec') });
    await expect(page.getByText('This file is damaged or cut short, so nothing was imported.')).toBeVisible();
    await page.getByLabel('Import a file').setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from('{"ticks":[]}') });
    await expect(page.getByText('This is not a file exported by this site, so nothing was imported.')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"version":3,"done":{"step-sign-in":1}}');
  });

  test('"forget everything" asks first, forgets, and undo brings it all back', async ({ page }) => {
    await open(page);
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"version":3,"done":{"step-sign-in":1}}');
      localStorage.setItem('theme', 'dark');
    }, KEY);
    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.getByRole('button', { name: 'Forget everything', exact: true }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.evaluate((key) => [localStorage.getItem(key), localStorage.getItem('theme')], KEY)).toEqual(['{"version":3,"done":{"step-sign-in":1}}', 'dark']);
  });
});

test('with storage blocked, the letter still works for the visit, with a notice', async ({ page }) => {
  await blockStorage(page);
  const errors = watchErrors(page);
  await open(page);
  await expect(page.getByText('Your browser is not letting this site store anything')).toBeVisible();
  await fillIn(page);
  await expect(letter(page)).toHaveValue(/Ada Lovelace/);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/The answer is due by/)).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows each letter to copy by hand, its gaps marked', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'In the EU, Iceland, Liechtenstein or Norway (GDPR)' }).first()).toBeVisible();
    await expect(page.getByText('my name is [your name], and the email address of my Bramblebox account is [the email address of your account]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the letter' })).toBeHidden();
  });
});

test('works from the keyboard alone: choose the law, type, and copy the letter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByRole('radio', { name: /In the EU/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'In the United Kingdom (UK GDPR)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(field(page, 'name')).toBeFocused();
  await page.keyboard.type(contact.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(contact.email);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Remember my name and email on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Copy the letter' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('UK General Data Protection Regulation');
});
