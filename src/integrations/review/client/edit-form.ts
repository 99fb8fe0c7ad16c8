/**
 * The edit form of an automatic event: title, date with its precision (and whether it is
 * approximate), summary, actors, places and tags (one per line), and which citations to keep.
 * It checks the fields as the dev server will (`readChanges`) and shows each problem beside its
 * field; when the file changed on disk since the page was loaded, it shows the version on disk and
 * keeps what the editor typed, so they can save again over it or cancel.
 */
import {
  precisions,
  readChanges,
  splitNames,
  withPrecision,
  type EventChanges,
  type FieldError,
} from '../../../lib/review/edit-changes.ts';
import type { ReviewItem } from '../../../lib/review/review-item.ts';
import { formatDate, precisionOf, type Precision } from '../../../lib/timeline/event-date.ts';
import { isIsoDate } from '../../../lib/iso-date.ts';
import type { Outcome } from './api.ts';
import { h, uniqueId } from './dom.ts';

export type EditFormHandlers = {
  /** Sends the changes for the item as the form last knew it (its hash). */
  save: (item: ReviewItem, changes: EventChanges) => Promise<Outcome>;
  /** Called once the edit is written. */
  saved: (message: string, changes: EventChanges) => void;
  /** Called when the editor gives up the edit (Cancel or Escape). */
  cancel: () => void;
};

type Field = {
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  error: HTMLElement;
  hint?: HTMLElement;
};

/** A labelled field with its hint and its error message, wired with aria-describedby. */
function field(label: string, control: Field['control'], hintText?: string): { row: HTMLElement; field: Field } {
  const id = uniqueId('field');
  control.id = id;
  const error = h('p', { id: `${id}-error`, class: 'dl-review-error', hidden: true });
  const hint = hintText === undefined ? undefined : h('p', { id: `${id}-hint`, class: 'dl-review-hint' }, hintText);
  control.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  return {
    row: h('div', { class: 'dl-review-field' }, h('label', { for: id }, label), hint, control, error),
    field: { control, error, ...(hint ? { hint } : {}) },
  };
}

/** The edit form for `item`; focus its first field once it is in the page. */
export function editForm(initial: ReviewItem, handlers: EditFormHandlers): HTMLFormElement {
  let item = initial;
  const form = h('form', { class: 'dl-review-form', 'aria-label': `Edit “${item.title}”`, novalidate: true });

  const title = field('Title', h('input', { type: 'text', value: item.title, autocomplete: 'off' }));
  const precision = h('select', {});
  for (const p of precisions)
    precision.append(h('option', { value: p.value, selected: p.value === item.precision }, p.label));
  const precisionField = field('Precision', precision);
  const date = field(
    'Date',
    h('input', { type: 'text', value: item.date, autocomplete: 'off', spellcheck: 'false' }),
    '',
  );
  const approximate = h('input', { type: 'checkbox', id: uniqueId('approximate'), checked: item.approximate });
  const summary = field(
    'Summary',
    h('textarea', { rows: '4' }),
    'One to three sentences, in the sources’ words where you can.',
  );
  (summary.field.control as HTMLTextAreaElement).value = item.summary;
  const names = (label: string, values: string[]) => {
    const control = h('textarea', { rows: String(Math.max(2, values.length + 1)) });
    control.value = values.join('\n');
    return field(label, control, 'One per line.');
  };
  const actors = names('Actors', item.actors);
  const places = names('Places', item.places);
  const tags = names('Tags', item.tags);

  const citationsError = h('p', { id: uniqueId('citations-error'), class: 'dl-review-error', hidden: true });
  const citationList = h('ul', { class: 'dl-review-citations' });
  const citations = h(
    'fieldset',
    { class: 'dl-review-field', 'aria-describedby': citationsError.id },
    h('legend', {}, 'Citations to keep'),
    citationList,
    citationsError,
  );
  const renderCitations = (keep: (c: ReviewItem['citations'][number]) => boolean) => {
    citationList.replaceChildren(
      ...item.citations.map((c, i) => {
        const box = h('input', { type: 'checkbox', id: uniqueId('citation'), value: String(i), checked: keep(c) });
        return h('li', {}, box, ' ', h('label', { for: box.id }, h('strong', {}, c.name), `: “${c.quote}”`));
      }),
    );
  };
  renderCitations(() => true);

  const formError = h('div', { class: 'dl-review-form-error', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'dl-review-button dl-review-primary' }, 'Save and accept');
  const cancel = h('button', { type: 'button', class: 'dl-review-button' }, 'Cancel');

  const dateHint = date.field.hint!;
  const describeDate = () => {
    const form_ = precisions.find((p) => p.value === precision.value)!;
    const value = date.field.control.value.trim();
    const reads =
      isIsoDate(value) && precisionOf(value) === form_.value
        ? ` Reads as: ${formatDate(value, 'en-GB', approximate.checked)}.`
        : '';
    dateHint.textContent = `Written as ${form_.form}, for example ${form_.example}.${reads}`;
  };
  describeDate();
  precision.addEventListener('change', () => {
    date.field.control.value = withPrecision(date.field.control.value.trim(), precision.value as Precision);
    describeDate();
  });
  date.field.control.addEventListener('input', describeDate);
  approximate.addEventListener('change', describeDate);

  form.append(
    formError,
    title.row,
    h(
      'fieldset',
      { class: 'dl-review-date' },
      h('legend', {}, 'When'),
      precisionField.row,
      date.row,
      h(
        'div',
        { class: 'dl-review-check' },
        approximate,
        ' ',
        h('label', { for: approximate.id }, 'Approximate (reads “around …”)'),
      ),
    ),
    summary.row,
    h('div', { class: 'dl-review-names' }, actors.row, places.row, tags.row),
    citations,
    h('div', { class: 'dl-review-actions' }, save, ' ', cancel),
  );

  const fields: Partial<Record<FieldError['field'], { control: HTMLElement; error: HTMLElement }>> = {
    title: title.field,
    precision: precisionField.field,
    date: date.field,
    summary: summary.field,
    actors: actors.field,
    places: places.field,
    tags: tags.field,
    citations: { control: citations, error: citationsError },
  };

  const showErrors = (errors: readonly FieldError[]) => {
    for (const f of Object.values(fields)) {
      f.error.hidden = true;
      f.error.textContent = '';
      f.control.removeAttribute('aria-invalid');
    }
    formError.replaceChildren();
    for (const e of errors) {
      const f = fields[e.field];
      if (!f) {
        formError.append(h('p', {}, e.message));
        continue;
      }
      f.error.textContent = e.message;
      f.error.hidden = false;
      f.control.setAttribute('aria-invalid', 'true');
    }
    const first = errors.map((e) => fields[e.field]).find(Boolean);
    const target =
      first?.control instanceof HTMLFieldSetElement ? first.control.querySelector('input') : first?.control;
    (target ?? form.querySelector('input'))?.focus();
  };

  const payload = () => ({
    title: title.field.control.value,
    date: date.field.control.value,
    precision: precision.value,
    approximate: approximate.checked,
    summary: summary.field.control.value,
    actors: splitNames(actors.field.control.value),
    places: splitNames(places.field.control.value),
    tags: splitNames(tags.field.control.value),
    citations: [...citationList.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => Number(box.value)),
  });

  /** The file changed on disk: show its version, keep the editor's fields, and save against it from now on. */
  const showConflict = (error: string, current: ReviewItem | undefined) => {
    const dropped = new Set(
      [...citationList.querySelectorAll<HTMLInputElement>('input:not(:checked)')].map((box) => {
        const c = item.citations[Number(box.value)]!;
        return `${c.source}\n${c.quote}`;
      }),
    );
    const rows: [string, string][] = current
      ? [
          ['Title', current.title],
          ['Date', formatDate(current.date, 'en-GB', current.approximate)],
          ['Summary', current.summary],
          ['Actors', current.actors.join(', ') || '–'],
          ['Places', current.places.join(', ') || '–'],
          ['Tags', current.tags.join(', ') || '–'],
          ['Citations', current.citations.map((c) => c.name).join(', ')],
        ]
      : [];
    formError.replaceChildren(
      h('p', {}, h('strong', {}, error)),
      ...(current
        ? [
            h(
              'dl',
              { class: 'dl-review-disk', 'aria-label': 'The version on disk now' },
              ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
            ),
            h(
              'p',
              {},
              'Your changes are kept below: save again to replace the version on disk with them, or cancel to keep it.',
            ),
          ]
        : [h('p', {}, 'Cancel to see it.')]),
    );
    if (current) {
      item = current;
      renderCitations((c) => !dropped.has(`${c.source}\n${c.quote}`));
    } else save.disabled = true;
    formError.focus();
  };
  formError.tabIndex = -1;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const read = readChanges(payload(), { citationCount: item.citations.length, end: item.end });
    if ('errors' in read) return showErrors(read.errors);
    showErrors([]);
    save.disabled = true;
    save.setAttribute('aria-busy', 'true');
    const outcome = await handlers.save(item, read.changes);
    save.removeAttribute('aria-busy');
    if (outcome.ok) return handlers.saved(outcome.message, read.changes);
    save.disabled = false;
    if (outcome.status === 409) return showConflict(outcome.error, outcome.current);
    showErrors(outcome.fields ?? [{ field: 'form', message: outcome.error }]);
  });
  cancel.addEventListener('click', () => handlers.cancel());
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    handlers.cancel();
  });
  return form;
}
