import * as z from "zod";
import { accountInfo } from "./account.js";

/** POST /auth/onboard response. */
export const onboardedAccount = z.object({
  l1Address: z.string(),
  defaultAccount: accountInfo,
});
export type OnboardedAccount = z.output<typeof onboardedAccount>;

/** POST /api/v1/user/account/api-key response. */
export const createdApiKey = z.object({ key: z.string().min(1) });
