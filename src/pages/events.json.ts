/** `/events.json`: every event with its verified citations (format: schemas/events.schema.json). */
import type { APIRoute } from 'astro';
import { getEventsDocument } from '../data/events-document.ts';

export const GET: APIRoute = async () => Response.json(await getEventsDocument());
