/** Writes /data/status-events.json from the model (build side: checked against StatusEventsSchema before it is written). */
import type { Catalogue } from '../catalogue/model.ts';
import type { Controls } from './model.ts';
import { StatusEventsSchema } from './schemas.ts';
import { statusEventsRecord, type StatusEvents } from './status-events.ts';

/** The file's record: the section's instruments, and the catalogue editions' dates and horizon. */
export function statusEvents(controls: Controls, catalogue: Catalogue, statusDate: string): StatusEvents {
  const newest = catalogue.editions.at(-1);
  const record = statusEventsRecord(controls, statusDate, {
    ...(newest?.data.laterChanges && { checkedThrough: newest.data.laterChanges.checkedThrough }),
    editions: catalogue.editions.map((e) => ({ id: e.id, published: e.data.published, inForce: e.data.inForce })),
  });
  const checked = StatusEventsSchema.safeParse(record);
  if (!checked.success) throw new Error(`status-events.json does not match its schema: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return record;
}

/** The file as written: compact JSON (it is read by pages' scripts; every byte counts). */
export const statusEventsJson = (controls: Controls, catalogue: Catalogue, statusDate: string): string => JSON.stringify(statusEvents(controls, catalogue, statusDate));
