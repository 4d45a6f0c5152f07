// A minimal Kennisbank frontend: lists with paging, an item with its bodyHtml, search with facets and
// the preview of a draft. It runs on any origin listed in the API's KENNISBANK_CORS_ORIGINS.
//
// Configuration, in the page's URL:
//   ?api=https://api.example.org          where the Kennisbank API is (default http://127.0.0.1:8000)
//   #/                                    the latest knowledge items, five a page
//   #/item/<slug>                         one item, its body as the API's sanitised HTML
//   #/item/<slug>?preview=<token>         the same for a draft, with a preview token (POST /api/v1/preview-tokens);
//                                         the token sits in the fragment, which browsers never send to a server,
//                                         and goes to the API only in the X-Preview-Token header
//   #/search?q=<words>&theme=<slug>       search with facet counts; a theme facet narrows the search
"use strict";

const API = new URLSearchParams(location.search).get("api") || "http://127.0.0.1:8000";
const PAGE_SIZE = 5;
const view = document.getElementById("view");
const errorBox = document.getElementById("error");

async function graphql(query, variables, previewToken) {
  const headers = { "Content-Type": "application/json" };
  if (previewToken) headers["X-Preview-Token"] = previewToken;
  let response;
  try {
    response = await fetch(`${API}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  } catch (err) {
    // A refused CORS grant looks like a network failure to the page: the browser hides the answer.
    throw new Error(`the Kennisbank API at ${API} could not be reached from this origin (${err.message})`);
  }
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code || "ERROR"}: ${e.message}`).join("; "));
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function showError(err) {
  errorBox.hidden = false;
  errorBox.textContent = `Error: ${err.message}`;
}

function card(node) {
  const themes = (node.themes || []).map((t) => t.nameNl).join(", ");
  const date = node.publishedAt ? node.publishedAt.slice(0, 10) : "concept";
  return el(
    "article",
    { class: "card" },
    el("h2", {}, el("a", { href: `#/item/${encodeURIComponent(node.slug)}` }, node.title)),
    el("p", { class: "meta" }, [date, themes].filter(Boolean).join(" · ")),
    el("p", { class: "excerpt" }, node.excerpt || ""),
  );
}

const LIST = `query Latest($first: Int!, $after: String) {
  knowledgeItems(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { slug title excerpt publishedAt themes { slug nameNl } } }
  }
}`;

async function showList(cursors) {
  const after = cursors[cursors.length - 1] || null;
  const data = await graphql(LIST, { first: PAGE_SIZE, after });
  const page = data.knowledgeItems;
  const pager = el("nav", { class: "pager", "aria-label": "Pagina's" });
  if (cursors.length) {
    const back = el("button", { type: "button", id: "previous" }, "Vorige");
    back.onclick = () => showList(cursors.slice(0, -1)).catch(showError);
    pager.append(back);
  }
  pager.append(el("span", { id: "page-number" }, `Pagina ${cursors.length + 1} van ${Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE))}`));
  if (page.pageInfo.hasNextPage) {
    const next = el("button", { type: "button", id: "next" }, "Volgende");
    next.onclick = () => showList([...cursors, page.pageInfo.endCursor]).catch(showError);
    pager.append(next);
  }
  view.replaceChildren(el("h1", {}, "Nieuw in de Kennisbank"), el("div", { id: "list" }, ...page.edges.map((e) => card(e.node))), pager);
}

const ITEM = `query Item($slug: String!) {
  knowledgeItem(slug: $slug) { slug title status publishedAt excerpt bodyHtml themes { slug nameNl } }
}`;

async function showItem(slug, previewToken) {
  const data = await graphql(ITEM, { slug }, previewToken);
  const item = data.knowledgeItem;
  if (!item) {
    view.replaceChildren(el("h1", {}, "Niet gevonden"), el("p", {}, "Dit item bestaat niet of is niet gepubliceerd."));
    return;
  }
  document.title = `${item.title} · Kennisbank`;
  document.querySelector('meta[name="description"]').setAttribute("content", item.excerpt);
  const body = el("div", { class: "body", id: "body" });
  body.innerHTML = item.bodyHtml; // sanitised by the API (allow-list; see README, Rich text)
  const parts = [];
  const status = String(item.status).toLowerCase(); // DRAFT, PUBLISHED, ARCHIVED
  if (status !== "published") parts.push(el("p", { class: "preview-banner", id: "preview-banner" }, `Voorvertoning: ${status}`));
  parts.push(el("h1", {}, item.title), el("p", { class: "meta" }, item.themes.map((t) => t.nameNl).join(", ")), body);
  view.replaceChildren(...parts);
}

const SEARCH = `query Search($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, facets: [TYPE, THEME, YEAR], first: 10) {
    estimatedTotalCount
    facets { name values { value label count } }
    edges { node { __typename ... on KnowledgeItem { slug title excerpt publishedAt themes { slug nameNl } }
                                ... on PositionPaper { slug title excerpt publishedAt themes { slug nameNl } }
                                ... on OrganisationHit { slug name } } }
  }
}`;

const FACET_TITLES = { TYPE: "Soort", THEME: "Thema", YEAR: "Jaar" };

async function showSearch(params) {
  const query = params.get("q") || "";
  const theme = params.get("theme");
  document.getElementById("q").value = query;
  const filter = theme ? { themes: [theme] } : null;
  const data = await graphql(SEARCH, { query, filter });
  const result = data.search;
  const facets = el("aside", { class: "facets", id: "facets" });
  for (const facet of result.facets) {
    const list = el("ul", { "data-facet": facet.name });
    for (const value of facet.values) {
      const text = `${value.label} (${value.count})`;
      if (facet.name === "THEME") {
        const narrowed = new URLSearchParams({ q: query, theme: value.value });
        list.append(el("li", {}, el("a", { href: `#/search?${narrowed}` }, text)));
      } else {
        list.append(el("li", {}, text));
      }
    }
    facets.append(el("section", {}, el("h2", {}, FACET_TITLES[facet.name] || facet.name), list));
  }
  const hits = result.edges.map(({ node }) =>
    node.__typename === "OrganisationHit" ? el("article", { class: "card" }, el("h2", {}, node.name)) : card(node),
  );
  view.replaceChildren(
    el("h1", {}, `Zoekresultaten voor “${query}”`),
    el("p", { id: "total" }, `${result.estimatedTotalCount} resultaten`),
    facets,
    el("div", { id: "hits" }, ...hits),
  );
}

async function route() {
  errorBox.hidden = true;
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  try {
    if (path.startsWith("/item/")) await showItem(decodeURIComponent(path.slice(6)), params.get("preview"));
    else if (path === "/search") await showSearch(params);
    else await showList([]);
  } catch (err) {
    view.replaceChildren();
    showError(err);
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?${new URLSearchParams({ q: document.getElementById("q").value })}`;
});
window.addEventListener("hashchange", route);
route();
