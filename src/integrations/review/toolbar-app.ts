/**
 * The Review app of Astro's dev toolbar: how many automatic events await review (a dot on the
 * toolbar when any do), the first few, and the way to the review queue.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { queuePage } from 'virtual:dateline/review-session';
import { fetchQueue } from './client/api.ts';

export default defineToolbarApp({
  async init(canvas, app) {
    const queue = await fetchQueue();
    const window_ = document.createElement('astro-dev-toolbar-window');
    const heading = document.createElement('h1');
    heading.textContent = 'Review automatic events';
    const summary = document.createElement('p');
    const list = document.createElement('ul');
    const link = document.createElement('a');
    link.href = `${import.meta.env.BASE_URL}${queuePage}`;
    link.textContent = 'Open the review queue';
    link.style.color = '#ffffff';
    if ('error' in queue) summary.textContent = queue.error;
    else {
      summary.textContent =
        queue.length === 0
          ? 'Nothing awaits review.'
          : `${queue.length} automatic ${queue.length === 1 ? 'event awaits' : 'events await'} review, strongest evidence first:`;
      for (const item of queue.slice(0, 5)) {
        const entry = document.createElement('li');
        entry.textContent = `${item.date}: ${item.title}`;
        list.append(entry);
      }
      app.toggleNotification({ state: queue.length > 0, level: 'info' });
    }
    window_.append(heading, summary, list, link);
    canvas.append(window_);
  },
});
