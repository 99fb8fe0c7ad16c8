/**
 * The review on every page of `astro dev`: each automatic event shown (a card on the timeline or a
 * tag page, an event's own page, an item of the review queue) gets Accept, Edit and Reject. The page
 * changes at once; the dev server then reloads it from the files (see page-state.ts). On the queue
 * page the keyboard works the queue: j/k or ↓/↑ next and previous, a accept, r reject, e edit.
 */
import './review.css';
import type { ReviewAction } from '../../../lib/review/decide.ts';
import type { EventChanges } from '../../../lib/review/edit-changes.ts';
import type { ReviewItem } from '../../../lib/review/review-item.ts';
import { decide, fetchQueue, type Outcome } from './api.ts';
import { h, isTyping } from './dom.ts';
import { editForm } from './edit-form.ts';
import { holdReloads, loadState, saveState } from './page-state.ts';

/** Where an event is shown: a card in a list, its own page, or an item of the review queue. */
type Place = { kind: 'card' | 'page' | 'queue'; element: HTMLElement; id: string };

const timelinePath = import.meta.env.BASE_URL;

/** The events shown on this page, each where it is shown. */
function placesOnPage(): Place[] {
  return [
    ...[...document.querySelectorAll<HTMLElement>('[data-review-id]')].map((element) => ({
      kind: 'queue' as const,
      element,
      id: element.dataset['reviewId']!,
    })),
    ...[...document.querySelectorAll<HTMLElement>('article[data-event-id]')].map((element) => ({
      kind: 'page' as const,
      element,
      id: element.dataset['eventId']!,
    })),
    ...[...document.querySelectorAll<HTMLElement>('article[data-event][id]')].map((element) => ({
      kind: 'card' as const,
      element,
      id: element.id,
    })),
  ];
}

/** The page's status line: the queue page has its own; other pages get one in a corner. */
function statusRegion(): HTMLElement {
  const own = document.getElementById('dl-review-status');
  if (own) return own;
  const region = h('div', { class: 'dl-review-toast', role: 'status' });
  document.body.append(region);
  return region;
}

let status: HTMLElement;

function announce(message: string): void {
  status.textContent = message;
  status.toggleAttribute('data-shown', message !== '');
}

/** The item after (or else before) `element` in the queue, to move on to once it is decided. */
function neighbour(element: HTMLElement): HTMLElement | undefined {
  const items = queueItems();
  const i = items.indexOf(element);
  return items[i + 1] ?? items[i - 1];
}

function queueItems(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-review-id][data-review-ready]')];
}

/** Updates the queue page's count of events awaiting review. */
function updateCount(): void {
  const count = document.querySelector<HTMLElement>('[data-review-count]');
  if (!count) return;
  const n = queueItems().length;
  count.textContent =
    n === 0 ? 'Nothing awaits review.' : `${n} automatic ${n === 1 ? 'event awaits' : 'events await'} review.`;
}

/**
 * Shows the outcome of a decision where the event is, and keeps it for the reload that follows.
 * Returns true when the page is being left (a rejected event's own page), so that the dev server's
 * reload is held until the next page replaces this one.
 */
function settle(place: Place, action: ReviewAction, message: string, changes?: EventChanges): boolean {
  const { element } = place;
  if (place.kind === 'page' && action === 'reject') {
    // The event's page is gone with it: back to the timeline, which says what happened.
    saveState({ path: timelinePath, message });
    location.assign(timelinePath);
    return true;
  }
  if (place.kind === 'queue') {
    const next = neighbour(element);
    (element.closest('li') ?? element).remove();
    updateCount();
    // Focus the next item after the reload, or the count once the queue is empty.
    saveState({ path: location.pathname, message, focus: next?.dataset['reviewId'] ?? '' });
    announce(message);
    (next ?? document.querySelector<HTMLElement>('[data-review-count]'))?.focus();
    return false;
  }
  saveState({ path: location.pathname, message });
  announce(message);
  if (action === 'reject') {
    const card = element.closest('li') ?? element;
    const next = card.nextElementSibling?.querySelector<HTMLElement>('.event-title');
    card.remove();
    (next ?? document.getElementById('main'))?.focus();
    return false;
  }
  if (changes) {
    const title = element.querySelector<HTMLElement>(place.kind === 'page' ? '#event-title' : '.event-title');
    if (title) title.textContent = changes.title;
    const summary = element.querySelector<HTMLElement>('.event-summary');
    if (summary) summary.replaceChildren(h('p', {}, changes.summary));
  }
  for (const mark of element.querySelectorAll('.review-badge, .review-note')) mark.remove();
  const note = h('p', { class: 'dl-review-done', tabindex: '-1' }, message);
  element.querySelector('.dl-review')?.replaceWith(note);
  note.focus();
  return false;
}

/** Accept, Edit and Reject for one event, put where the event is shown. */
function attach(place: Place, initial: ReviewItem): void {
  let item = initial;
  const buttons = {
    accept: h(
      'button',
      {
        type: 'button',
        class: 'dl-review-button dl-review-primary',
        'aria-keyshortcuts': place.kind === 'queue' ? 'a' : undefined,
      },
      'Accept',
    ),
    edit: h(
      'button',
      { type: 'button', class: 'dl-review-button', 'aria-keyshortcuts': place.kind === 'queue' ? 'e' : undefined },
      'Edit',
    ),
    reject: h(
      'button',
      { type: 'button', class: 'dl-review-button', 'aria-keyshortcuts': place.kind === 'queue' ? 'r' : undefined },
      'Reject',
    ),
  };
  const problem = h('p', { class: 'dl-review-problem', role: 'alert' });
  const group = h(
    'div',
    { class: 'dl-review', role: 'group', 'aria-label': `Review: ${item.title}` },
    h('p', { class: 'dl-review-label' }, 'Automatic event: accept it as it is, edit it, or reject it.'),
    h('div', { class: 'dl-review-actions' }, buttons.accept, ' ', buttons.edit, ' ', buttons.reject),
    problem,
  );
  const busy = (on: boolean) => {
    for (const b of Object.values(buttons)) b.disabled = on;
  };

  const run = async (action: 'accept' | 'reject') => {
    if (buttons[action].disabled) return;
    const release = holdReloads();
    busy(true);
    problem.textContent = '';
    const outcome = await decide(action, item);
    if (outcome.ok && settle(place, action, outcome.message)) return;
    if (!outcome.ok) refused(outcome);
    busy(false);
    release();
  };
  const refused = (outcome: Extract<Outcome, { ok: false }>) => {
    problem.textContent = outcome.error;
    // The file changed on disk: the dev server reloads the page with it, and the message stays.
    if (outcome.status === 409) saveState({ path: location.pathname, message: outcome.error, focus: item.id });
  };

  const edit = () => {
    if (buttons.edit.disabled) return;
    const release = holdReloads();
    busy(true);
    const close = () => {
      form.remove();
      busy(false);
      release();
    };
    const form = editForm(item, {
      save: async (current, changes) => {
        item = current;
        return decide('edit', current, changes);
      },
      saved: (message, changes) => {
        form.remove();
        settle(place, 'edit', message, changes);
        release();
      },
      cancel: () => {
        close();
        buttons.edit.focus();
      },
    });
    group.after(form);
    form.querySelector('input')?.focus();
  };

  buttons.accept.addEventListener('click', () => void run('accept'));
  buttons.reject.addEventListener('click', () => void run('reject'));
  buttons.edit.addEventListener('click', edit);
  place.element.addEventListener('dl-review', (event) => {
    const action = (event as CustomEvent<'accept' | 'reject' | 'edit'>).detail;
    if (action === 'edit') edit();
    else void run(action);
  });

  if (place.kind === 'page') {
    const header = place.element.querySelector('header') ?? place.element;
    (header.querySelector('.review-note') ?? header.lastElementChild)?.after(group);
  } else (place.element.querySelector('.dl-review-slot') ?? place.element).append(group);
  place.element.dataset['reviewReady'] = '';
}

/** j/k (↓/↑) move through the queue; a, r and e accept, reject and edit the item in focus. */
function workQueueWithKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const items = queueItems();
    const current = items.find((item) => item.contains(document.activeElement));
    const move = (step: number) => {
      const target = current ? items[items.indexOf(current) + step] : items[0];
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'j' || (event.key === 'ArrowDown' && current)) return move(1);
    if (event.key === 'k' || (event.key === 'ArrowUp' && current)) return move(-1);
    const action = ({ a: 'accept', r: 'reject', e: 'edit' } as const)[event.key as 'a' | 'r' | 'e'];
    if (!action) return;
    event.preventDefault();
    if (!current) return announce('Move to an event first: press j for the next one.');
    current.dispatchEvent(new CustomEvent('dl-review', { detail: action }));
  });
  document.addEventListener('focusin', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-review-id]');
    if (item) saveState({ ...(loadState() ?? { path: location.pathname }), focus: item.dataset['reviewId']! });
  });
}

async function start(): Promise<void> {
  const places = placesOnPage();
  const onQueuePage = document.getElementById('dl-review-status') !== null;
  if (places.length === 0 && !onQueuePage) return;
  status = statusRegion();
  const state = loadState();
  const queue = await fetchQueue();
  if ('error' in queue) return announce(queue.error);
  const byId = new Map(queue.map((item) => [item.id, item]));
  for (const place of places) {
    const item = byId.get(place.id);
    if (item) attach(place, item);
  }
  if (onQueuePage) {
    workQueueWithKeys();
    updateCount();
  }
  if (state?.message) announce(state.message);
  if (onQueuePage && state?.focus !== undefined) {
    const items = queueItems();
    const count = document.querySelector<HTMLElement>('[data-review-count]');
    (items.find((item) => item.dataset['reviewId'] === state.focus) ?? items[0] ?? count)?.focus();
  }
}

void start();
