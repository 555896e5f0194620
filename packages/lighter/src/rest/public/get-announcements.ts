import { Announcements } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetAnnouncementsReturnType = Announcements;

/** `GET /api/v1/announcement`: exchange announcements. */
export async function getAnnouncements(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetAnnouncementsReturnType> {
  return call(
    client,
    { action: "getAnnouncements", method: "GET", path: "/api/v1/announcement", schema: Announcements },
    options,
  );
}
