/**
 * The closing timeline's behaviour (markup: ClosureTimeline.astro), started
 * by the controller, so it arrives with it, on intent. It shows the stored
 * closing day, the check day and the "Is it really gone?" ticks, and saves
 * what the reader changes through the store.
 */
import { t } from '../i18n/ui';
import { readableDay } from '../lib/calendar';
import { calendarFile } from '../request/ics';
import { download } from '../scripts/download';
import type { ProgressState, ProgressStore } from './store';
import { checkDay, DEFAULT_CHECK_DAYS } from './timeline';

export function startTimeline(host: HTMLElement, store: ProgressStore, guide: string): void {
  const timeline = host.querySelector<HTMLElement>('[data-timeline]');
  if (!timeline) return;
  const part = <T extends Element>(selector: string) => timeline.querySelector<T>(selector);
  const closedInput = part<HTMLInputElement>('[data-closed-day]');
  const daysInput = part<HTMLInputElement>('[data-check-days]');
  const checkOn = part<HTMLElement>('[data-check-on]');
  const boxes = [...timeline.querySelectorAll<HTMLInputElement>('input[data-gone]')];
  const service = host.dataset.service ?? '';

  // Ticks made while this code was on its way are the reader's: keep them.
  for (const box of boxes) if (box.checked && !store.state.checked.has(box.dataset.gone ?? '')) store.setChecked(box.dataset.gone ?? '', true);

  const render = (state: ProgressState) => {
    if (closedInput && document.activeElement !== closedInput) closedInput.value = state.closed ?? '';
    if (daysInput && document.activeElement !== daysInput) daysInput.value = String(state.checkDays ?? DEFAULT_CHECK_DAYS);
    const day = checkDay(state.closed, state.checkDays);
    if (checkOn) checkOn.textContent = day ? t('timeline.checkOn', { day: readableDay(day) }) : t('timeline.checkOn.none');
    for (const box of boxes) box.checked = state.checked.has(box.dataset.gone ?? '');
  };

  closedInput?.addEventListener('change', () => store.setClosed(closedInput.value || undefined));
  daysInput?.addEventListener('change', () => {
    const days = Number(daysInput.value);
    if (Number.isInteger(days) && days >= 1) store.setCheckDays(days === DEFAULT_CHECK_DAYS ? undefined : days);
    else render(store.state);
  });
  for (const box of boxes) box.addEventListener('change', () => store.setChecked(box.dataset.gone ?? '', box.checked));

  part('[data-timeline-calendar]')?.addEventListener('click', () => {
    const day = checkDay(store.state.closed, store.state.checkDays);
    if (!day) {
      closedInput?.focus();
      return;
    }
    const requestUrl = new URL(`/${guide}/request/`, location.href).href;
    const file = calendarFile(
      [{ id: 'check-gone', day, summary: t('timeline.reminder', { service }), description: `${t('timeline.reminderText', { service })} ${requestUrl}` }],
      new Date(),
      location.hostname || 'localhost',
    );
    download(t('timeline.calendarFile', { guide }), 'text/calendar;charset=utf-8', file);
  });

  store.subscribe(render);
  render(store.state);
}
