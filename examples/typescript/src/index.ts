// A small tour of the Kennisbank REST API through a client generated from its OpenAPI document:
// every path, parameter, body and answer below is type-checked against src/kennisbank.d.ts.
//
//   KENNISBANK_URL=http://127.0.0.1:8000 npm run generate && npm run build
//   KENNISBANK_URL=http://127.0.0.1:8000 KENNISBANK_KEY=<editor key> npm start
//
// Without KENNISBANK_KEY it only reads; with an editor's key it also imports two "historical" items
// with their original publication dates (batch create + batch publish) and retitles one with If-Match.
import createClient from "openapi-fetch";

import type { components, paths } from "./kennisbank.js";

type KnowledgeItem = components["schemas"]["KnowledgeItemOut"];

const baseUrl = process.env.KENNISBANK_URL ?? "http://127.0.0.1:8000";
const key = process.env.KENNISBANK_KEY;
const api = createClient<paths>({ baseUrl, headers: key ? { Authorization: `Bearer ${key}` } : {} });
const report: Record<string, unknown> = {};

function fail(what: string, error: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(error)}`);
}

// A page of published knowledge items, newest first (query parameters are typed, `sort` included).
const page = await api.GET("/api/v1/knowledge-items", {
  params: { query: { limit: 5, sort: "-published_at", language: ["nl", "en"] } },
});
if (!page.data) fail("list", page.error);
report.listed = page.data.data.map((item) => item.slug);
report.total = page.data.meta.total;

// One item by slug, then the same again with If-None-Match: 304, no body.
const first: KnowledgeItem | undefined = page.data.data[0];
if (first) {
  const one = await api.GET("/api/v1/knowledge-items/{id_or_slug}", {
    params: { path: { id_or_slug: first.slug } },
  });
  if (!one.data) fail("get", one.error);
  const etag = one.response.headers.get("ETag") ?? "";
  const again = await api.GET("/api/v1/knowledge-items/{id_or_slug}", {
    params: { path: { id_or_slug: first.slug }, header: { "If-None-Match": etag } },
  });
  report.item = { slug: one.data.slug, kind: one.data.kind, notModified: again.response.status === 304 };
}

if (key) {
  // Importing history: drafts first, then published with their original dates, in one batch.
  const tag = process.env.KENNISBANK_RUN ?? Date.now().toString(36);
  const history = [
    { slug: `jaarverslag-2016-${tag}`, title: "Jaarverslag 2016", published_at: "2017-03-08T10:00:00+01:00" },
    { slug: `jaarverslag-2017-${tag}`, title: "Jaarverslag 2017", published_at: "2018-03-08T10:00:00+01:00" },
  ];
  const batch = await api.POST("/api/v1/knowledge-items:batch", {
    body: {
      operations: [
        ...history.map((h) => ({
          op: "create" as const,
          data: { title: h.title, slug: h.slug, kind: "report" as const, language: "nl" as const },
        })),
        ...history.map((h) => ({ op: "publish" as const, id_or_slug: h.slug, published_at: h.published_at })),
      ],
    },
  });
  if (!batch.data) fail("batch", batch.error);
  report.imported = batch.data.data.filter((r) => r.index >= history.length).map((r) => r.slug);

  // An update guarded by If-Match: the ETag just read, so nobody else's change is overwritten.
  const target = history[0]!.slug;
  const read = await api.GET("/api/v1/knowledge-items/{id_or_slug}", { params: { path: { id_or_slug: target } } });
  if (!read.data) fail("read", read.error);
  const updated = await api.PATCH("/api/v1/knowledge-items/{id_or_slug}", {
    params: { path: { id_or_slug: target }, header: { "If-Match": read.response.headers.get("ETag") ?? "" } },
    body: { summary: "Met de oorspronkelijke publicatiedatum." },
  });
  if (!updated.data) fail("update", updated.error);
  const stale = await api.PATCH("/api/v1/knowledge-items/{id_or_slug}", {
    params: { path: { id_or_slug: target }, header: { "If-Match": read.response.headers.get("ETag") ?? "" } },
    body: { summary: "Te laat." },
  });
  report.updated = {
    slug: updated.data.slug,
    published_at: updated.data.published_at,
    version: updated.data.version,
    staleStatus: stale.response.status,
  };
}

console.log(JSON.stringify(report));
