/** `/rss.xml`: one RSS 2.0 item per event, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { toRssFeed } from '../lib/feeds/rss.ts';
import { getEventsDocument } from '../data/events-document.ts';

export const GET: APIRoute = async () => rss(toRssFeed(await getEventsDocument()));
