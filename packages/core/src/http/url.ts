/** A query value; arrays become repeated keys (`?market=A&market=B`), undefined is left out. */
export type QueryValue =
  | string
  | number
  | boolean
  | bigint
  | undefined
  | readonly (string | number | boolean | bigint)[];

export type Query = Readonly<Record<string, QueryValue>>;

/** Joins the resolved base URL and a path with exactly one slash, then appends the query. */
export function buildUrl(baseUrl: string, path: string, query?: Query): URL {
  const isAbsolute = /^[a-z][a-z\d+.-]*:\/\//i.test(path);
  const url = new URL(isAbsolute ? path : `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) {
        for (const item of value as readonly (string | number | boolean | bigint)[]) {
          url.searchParams.append(key, String(item));
        }
      } else {
        url.searchParams.append(key, String(value));
      }
    }
  }
  return url;
}
