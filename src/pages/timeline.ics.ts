/** `/timeline.ics`: the day-precise events as an iCalendar subscription. */
import type { APIRoute } from 'astro';
import { toICalendar } from '../lib/feeds/icalendar.ts';
import { getEventsDocument } from '../data/events-document.ts';

export const GET: APIRoute = async () =>
  new Response(toICalendar(await getEventsDocument()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
