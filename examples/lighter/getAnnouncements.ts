/** GET /api/v1/announcement: exchange announcements (listings, maintenance). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/announcement (getAnnouncements)" });
const client = new LighterRestClient(env.rest);

const { announcements } = await client.getAnnouncements();
for (const a of announcements.slice(0, 5)) {
  const when = a.created_at === undefined ? "" : new Date(a.created_at * 1000).toISOString().slice(0, 10);
  console.log(`${when} ${a.title}`);
}
console.log(`${announcements.length} announcements`);
