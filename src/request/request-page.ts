/**
 * The request page's behaviour (markup: src/pages/[guide]/request.astro),
 * loaded only on that page. It writes the letter as the reader types, refuses
 * to hand one out with a field left blank, keeps track of the day it was sent
 * and the day the answer is due, and moves the reader's data in and out of
 * this browser. Everything it keeps goes through the progress store; nothing
 * leaves the browser but the files the reader downloads and the email draft
 * their own mail app opens.
 */
import { t } from '../i18n/ui';
import { daysBetween, localDay, readableDay } from '../lib/calendar';
import { createProgressStore, exportAll, forgetAll, importAll, LAWS, MAX_IMPORT_LENGTH, restoreAll, type ForgottenData, type Law } from '../progress/store';
import { checkDay } from '../progress/timeline';
import { parseTheme, THEME_KEY } from '../lib/theme';
import { download } from '../scripts/download';
import { calendarFile, type Reminder } from './ics';
import { laws } from './law';
import { answerDue, followUpLetter, mailtoHref, problems, requestLetter, type Letter, type Reader } from './letter';

const UNDO_MS = 10_000;
/** The theme choice travels and is forgotten with the rest; its owner is src/lib/theme.ts. */
const theme = { key: THEME_KEY, parse: parseTheme };

/** The stand-ins a letter printed before the fields are filled carries, as the page without JavaScript shows them. */
const gaps: Reader = { name: t('request.placeholder.name'), email: t('request.placeholder.email') };

const asText = (letter: Letter) => `${t('request.subject')}: ${letter.subject}\n\n${letter.body}`;

class RequestPage extends HTMLElement {
  connectedCallback() {
    const { guide, service, organisation, to, uidDomain, requestUrl } = this.dataset;
    if (!guide || !service || !organisation || !to || !uidDomain || !requestUrl) return;
    const addressee = { service, organisation, email: to };
    const store = createProgressStore({ guide, items: [] });
    const part = <T extends Element>(selector: string) => this.querySelector<T>(selector);
    const form = part<HTMLFormElement>('form');
    const nameInput = part<HTMLInputElement>('#request-name');
    const emailInput = part<HTMLInputElement>('#request-email');
    const remember = part<HTMLInputElement>('input[name="remember"]');
    const text = part<HTMLTextAreaElement>('[data-letter-text]');
    const empty = part<HTMLElement>('[data-letter-empty]');
    const emailLink = part<HTMLAnchorElement>('[data-action="email"]');
    const printed = part<HTMLElement>('[data-printed]');
    const status = part<HTMLElement>('[data-status]');
    const sentDay = part<HTMLInputElement>('[data-sent-day]');
    const tracking = part<HTMLElement>('[data-tracking]');
    const trackingText = part<HTMLElement>('[data-tracking-text]');
    const deadlineNote = part<HTMLElement>('[data-deadline-note]');
    const followUp = part<HTMLElement>('[data-follow-up]');
    const complain = part<HTMLElement>('[data-complain]');
    const trackingStatus = part<HTMLElement>('[data-tracking-status]');
    const dataStatus = part<HTMLElement>('[data-data-status]');
    if (!form || !nameInput || !emailInput || !remember || !text || !emailLink || !printed) return;
    const fields = { name: nameInput, email: emailInput };

    const say = (where: HTMLElement | null, message: string) => {
      if (where) where.textContent = message;
    };
    const chosenLaw = (): Law => {
      const value = form.querySelector<HTMLInputElement>('input[name="law"]:checked')?.value;
      return LAWS.find((law) => law === value) ?? 'eu';
    };
    const reader = (): Reader => ({ name: nameInput.value, email: emailInput.value });
    const today = () => localDay();

    /** Shows each field's problem at the field; true when there is none. Focuses the first field with one when asked. */
    const check = (focus: boolean): boolean => {
      const found = problems(reader());
      for (const [field, input] of Object.entries(fields) as [keyof Reader, HTMLInputElement][]) {
        const problem = found.find((p) => p.field === field);
        const error = document.getElementById(`${input.id}-error`);
        input.setAttribute('aria-invalid', String(!!problem));
        if (error) {
          error.hidden = !problem;
          error.textContent = !problem ? '' : problem.field === 'name' ? t('request.error.name.blank') : t(`request.error.email.${problem.kind}`);
        }
      }
      const first = found[0];
      if (first && focus) fields[first.field].focus();
      return found.length === 0;
    };

    const letter = () => requestLetter(chosenLaw(), addressee, reader(), today());

    const render = () => {
      const law = chosenLaw();
      for (const block of this.querySelectorAll<HTMLElement>('[data-law]')) block.hidden = block.dataset.law !== law;
      const ready = problems(reader()).length === 0;
      text.hidden = !ready;
      if (empty) empty.hidden = ready;
      text.value = ready ? asText(letter()) : '';
      // Paper gets the letter as typed, or, before the fields are filled, with gaps to fill by hand:
      // the browser's own Print must never give a blank page.
      const onPaper = ready ? letter() : requestLetter(law, addressee, gaps, today());
      printed.textContent = asText(onPaper);
      emailLink.href = (ready && mailtoHref(to, letter())) || '#request-letter-title';
      renderTracking();
    };

    /** Keeps the name and email only while "remember" is ticked, and forgets them the moment it is not. */
    const keepContact = () => {
      if (!remember.checked) {
        if (store.state.contact) store.setContact(undefined);
      } else if (problems(reader()).length === 0) {
        store.setContact({ name: nameInput.value.trim(), email: emailInput.value.trim() });
      }
    };

    const fillContact = () => {
      const contact = store.state.contact;
      if (!contact) return;
      if (!nameInput.value) nameInput.value = contact.name;
      if (!emailInput.value) emailInput.value = contact.email;
      remember.checked = true;
    };

    // --- the letter's outputs

    const copy = async (content: string, where: HTMLElement | null) => {
      try {
        await navigator.clipboard.writeText(content);
        say(where, t('request.copied'));
      } catch {
        text.hidden = false;
        text.select();
        say(where, t('request.copyFailed'));
      }
    };

    const actions: Record<string, (event: Event) => void> = {
      copy: () => {
        if (check(true)) void copy(asText(letter()), status);
      },
      email: (event) => {
        if (!check(true)) {
          event.preventDefault();
          return;
        }
        if (!mailtoHref(to, letter())) {
          event.preventDefault();
          say(status, t('request.email.tooLong'));
          part<HTMLButtonElement>('[data-action="copy"]')?.focus();
        }
      },
      print: () => {
        if (check(true)) print();
      },
      download: () => {
        if (check(true)) download(t('request.file', { guide }), 'text/plain;charset=utf-8', asText(letter()));
      },
      sent: () => {
        const day = sentDay?.value ?? '';
        if (!day) {
          say(trackingStatus, t('request.sent.noDay'));
          sentDay?.focus();
          return;
        }
        store.addRequest({ law: chosenLaw(), sent: day });
        say(trackingStatus, t('request.sent.done'));
      },
      unsent: () => {
        store.removeRequest(store.state.requests.length - 1);
        say(trackingStatus, t('request.sent.undone'));
        sentDay?.focus();
      },
      calendar: () => {
        const reminders: Reminder[] = [];
        const request = store.state.requests.at(-1);
        const due = request && answerDue(request.law, request.sent);
        if (due) reminders.push({ id: 'answer-due', day: due.due, summary: t('request.reminder.due', { service }), description: `${t('request.reminder.dueText', { service })} ${requestUrl}` });
        const check = checkDay(store.state.closed, store.state.checkDays);
        if (check) reminders.push({ id: 'check-gone', day: check, summary: t('timeline.reminder', { service }), description: `${t('timeline.reminderText', { service })} ${requestUrl}` });
        if (reminders.length === 0) {
          say(trackingStatus, t('request.calendar.none'));
          return;
        }
        download(t('request.calendarFile', { guide }), 'text/calendar;charset=utf-8', calendarFile(reminders, new Date(), uidDomain));
      },
      'copy-follow-up': () => {
        const request = store.state.requests.at(-1);
        if (request && check(true)) void copy(asText(followUpLetter(request.law, addressee, reader(), today(), request.sent)), trackingStatus);
      },
      'download-follow-up': () => {
        const request = store.state.requests.at(-1);
        if (request && check(true)) download(t('request.followUpFile', { guide }), 'text/plain;charset=utf-8', asText(followUpLetter(request.law, addressee, reader(), today(), request.sent)));
      },
      export: () => {
        download(t('data.file', { day: today() }), 'application/json', exportAll(undefined, new Date(), theme));
        say(dataStatus, t('data.exported'));
      },
      forget: () => showForget('confirm'),
      'forget-no': () => showForget('none'),
      'forget-yes': () => {
        const removed = forgetAll(undefined, theme);
        if (!removed) {
          showForget('none');
          say(dataStatus, t('data.unavailable'));
          return;
        }
        forgotten = removed;
        store.refresh();
        nameInput.value = '';
        emailInput.value = '';
        remember.checked = false;
        render();
        showForget('undo');
        part<HTMLButtonElement>('[data-action="forget-undo"]')?.focus();
        say(dataStatus, t('data.forget.done'));
        clearTimeout(undoTimer);
        undoTimer = setTimeout(() => showForget('none'), UNDO_MS);
      },
      'forget-undo': () => {
        if (forgotten) restoreAll(forgotten);
        forgotten = undefined;
        store.refresh();
        fillContact();
        render();
        showForget('none');
        part<HTMLButtonElement>('[data-action="forget"]')?.focus();
        say(dataStatus, t('data.forget.undone'));
      },
    };

    let forgotten: ForgottenData | undefined;
    let undoTimer: ReturnType<typeof setTimeout> | undefined;
    const showForget = (group: 'none' | 'confirm' | 'undo') => {
      const confirmBox = part<HTMLElement>('[data-forget-confirm]');
      const undoBox = part<HTMLElement>('[data-forget-undo]');
      if (confirmBox) confirmBox.hidden = group !== 'confirm';
      if (undoBox) undoBox.hidden = group !== 'undo';
      if (group === 'confirm') part<HTMLButtonElement>('[data-action="forget-no"]')?.focus();
    };

    // --- after sending

    function renderTracking() {
      const request = store.state.requests.at(-1);
      if (!tracking) return;
      tracking.hidden = !request;
      if (!request) return;
      const due = answerDue(request.law, request.sent);
      const sent = readableDay(request.sent);
      const complaint = laws[request.law].complaint;
      let late = true;
      if (due) {
        const left = daysBetween(today(), due.lastDay);
        late = left < 0;
        const values = { sent, due: readableDay(due.lastDay), n: Math.abs(left) };
        say(trackingText, t(left > 1 ? 'request.due.future' : left === 1 ? 'request.due.tomorrow' : left === 0 ? 'request.due.today' : 'request.due.past', values));
        say(deadlineNote, due.lastDay === due.due ? t('request.due.holiday') : t('request.due.weekend', { day: readableDay(due.due) }));
      } else {
        say(trackingText, t('request.due.none', { sent }));
        say(deadlineNote, '');
      }
      if (followUp) followUp.hidden = !late;
      if (complain) {
        complain.replaceChildren();
        if (complaint) {
          const link = document.createElement('a');
          link.href = complaint.link.url;
          link.rel = 'noopener noreferrer';
          link.textContent = complaint.link.label;
          complain.append(`${complaint.says} `, link);
        }
      }
    }

    // --- wiring

    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
      const action = target && actions[target.dataset.action ?? ''];
      if (action) action(event);
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => {
      // Once a field has been flagged, its message follows what the reader types.
      if (form.querySelector('[aria-invalid="true"]')) check(false);
      render();
    });
    form.addEventListener('change', keepContact);

    part<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
      const input = event.currentTarget;
      if (!(input instanceof HTMLInputElement)) return;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // A file far too big is refused before it is read into memory at all.
      const result = file.size > MAX_IMPORT_LENGTH ? ({ kind: 'refused', why: 'huge' } as const) : importAll(await file.text(), undefined, theme);
      if (result.kind === 'refused') {
        say(dataStatus, t(`data.import.refused.${result.why}`));
        return;
      }
      store.refresh();
      fillContact();
      render();
      const kept = result.kept.map((k) => t(`data.import.kept.${k.field}`, { guide: k.guide ?? '' }));
      say(dataStatus, [t('data.import.done', { n: result.guides.length }), ...kept].join(' '));
    });

    addEventListener('storage', () => {
      store.refresh();
      render();
    });
    store.subscribe(render);

    if (sentDay) sentDay.value = today();
    fillContact();
    if (store.state.status === 'unavailable') say(dataStatus, t('data.unavailable'));
    render();
  }
}

customElements.define('request-page', RequestPage);
