/*! <kennisbank-search> v1: WO=MEN Kennisbank search for partner sites. No dependencies. */
(function () {
  "use strict";
  if (!window.customElements || customElements.get("kennisbank-search")) return;

  // The API this script came from is the default `api`: capture it while the script runs.
  var SCRIPT_ORIGIN = (function () {
    try {
      return new URL(document.currentScript.src).origin;
    } catch (e) {
      return "";
    }
  })();
  var KEY = /^kbs_[A-Za-z0-9_-]{16,250}$/;
  var MAX_QUERY = 200; // the API's limit: longer input is cut, never sent
  var DEBOUNCE_MS = 250;
  var TIMEOUT_MS = 15000;
  var PAGE = 10;
  var STRINGS = {
    nl: {
      label: "Zoeken in de Kennisbank van WO=MEN",
      placeholder: "Zoek publicaties, standpunten en organisaties",
      search: "Zoeken",
      type: "Soort",
      theme: "Thema",
      language: "Taal",
      filters: "Filters",
      sort: "Sorteren",
      sorts: { relevance: "Beste treffers", newest: "Nieuwste eerst", oldest: "Oudste eerst", title: "Titel (A-Z)" },
      types: { knowledge_item: "Kennisbank", position_paper: "Standpunt", organisation: "Organisatie" },
      loading: "Bezig met zoeken…",
      count: function (n, q) {
        return (n === 1 ? "1 resultaat" : n + " resultaten") + (q ? " voor “" + q + "”" : "");
      },
      empty: function (q) {
        return q ? "Geen resultaten voor “" + q + "”. Probeer een ander woord of minder filters." : "Geen resultaten.";
      },
      more: "Meer resultaten",
      results: "Zoekresultaten",
      retry: "Opnieuw proberen",
      badKey: "Deze zoekmodule is niet goed ingesteld: het attribuut key ontbreekt of is ongeldig.",
      denied: "Deze zoekmodule heeft geen toegang vanaf deze website. Neem contact op met de beheerder van deze site.",
      expired: "Deze zoekmodule werkt niet meer: de sleutel is verlopen of ingetrokken. Neem contact op met de beheerder van deze site.",
      invalid: "Deze zoekopdracht kan niet worden uitgevoerd. Pas de zoekterm aan.",
      down: "Zoeken is op dit moment niet beschikbaar. Probeer het later opnieuw.",
      cut: "De zoekterm is ingekort tot " + MAX_QUERY + " tekens.",
    },
    en: {
      label: "Search the WO=MEN Kennisbank",
      placeholder: "Search publications, position papers and organisations",
      search: "Search",
      type: "Type",
      theme: "Theme",
      language: "Language",
      filters: "Filters",
      sort: "Sort by",
      sorts: { relevance: "Best match", newest: "Newest first", oldest: "Oldest first", title: "Title (A-Z)" },
      types: { knowledge_item: "Knowledge base", position_paper: "Position paper", organisation: "Organisation" },
      loading: "Searching…",
      count: function (n, q) {
        return (n === 1 ? "1 result" : n + " results") + (q ? " for “" + q + "”" : "");
      },
      empty: function (q) {
        return q ? "No results for “" + q + "”. Try another word or fewer filters." : "No results.";
      },
      more: "More results",
      results: "Search results",
      retry: "Try again",
      badKey: "This search box is not set up correctly: its key attribute is missing or malformed.",
      denied: "This search box has no access from this website. Please tell the owner of this site.",
      expired: "This search box no longer works: its key has expired or was revoked. Please tell the owner of this site.",
      invalid: "This search cannot be run. Please change your search terms.",
      down: "Search is unavailable right now. Please try again later.",
      cut: "Your search was shortened to " + MAX_QUERY + " characters.",
    },
  };
  var CSS =
    ":host{display:block!important;visibility:visible!important;opacity:1!important}" +
    ":host([hidden]){display:none!important}" +
    // `all: initial` stops the page's inherited styles (colour, font, spacing) at the shadow boundary.
    ".kb{all:initial;display:block;container:kb/inline-size;box-sizing:border-box;color:var(--kb-color-text,#1f2328);" +
    "background:var(--kb-color-background,#fff);font-family:var(--kb-font-family,system-ui,sans-serif);" +
    "font-size:var(--kb-font-size,16px);line-height:1.5;padding:var(--kb-spacing,12px);" +
    "border:1px solid var(--kb-color-border,#d0d7de);border-radius:var(--kb-radius,8px)}" +
    ":where(.kb *){box-sizing:border-box;font:inherit;color:inherit;letter-spacing:normal;text-transform:none}" +
    "[hidden]{display:none!important}" +
    "label{display:block;font-weight:600;margin:0 0 4px}" +
    "input[type=search]{display:block;width:100%;padding:8px 10px;border:1px solid var(--kb-color-border,#d0d7de);" +
    "border-radius:var(--kb-radius,8px);background:var(--kb-color-background,#fff)}" +
    ":focus-visible{outline:3px solid var(--kb-color-focus,#0a58ca);outline-offset:2px}" +
    ".status{margin:8px 0;color:var(--kb-color-muted,#57606a);min-height:1.5em}" +
    // Narrow: the filters fold under a button. Wide (the widget itself, not the page): a sidebar.
    ".body{display:block;margin-top:12px}.closed{display:none}" +
    "@container kb (min-width:720px){.body{display:grid;grid-template-columns:minmax(12rem,16rem) 1fr;gap:24px;" +
    "align-items:start}.toggle{display:none}.closed{display:block}}" +
    ".facets{margin:0 0 8px}" +
    "fieldset{border:0;margin:0 0 12px;padding:0;min-width:0}legend{font-weight:600;padding:0;margin:0 0 2px}" +
    ".facet label{display:flex;align-items:baseline;gap:6px;font-weight:400;margin:2px 0;cursor:pointer}" +
    ".bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 12px}" +
    ".bar label{display:inline;font-weight:400;margin:0}" +
    "select{margin-left:6px;padding:4px 6px;border:1px solid var(--kb-color-border,#d0d7de);" +
    "border-radius:var(--kb-radius,8px);background:var(--kb-color-background,#fff)}" +
    ".n{color:var(--kb-color-muted,#57606a)}" +
    "ol{list-style:none;margin:0;padding:0}li{display:block;padding:8px 0;border-top:1px solid var(--kb-color-border,#d0d7de)}" +
    "a{color:var(--kb-color-accent,#0a58ca);font-weight:600;text-decoration:underline}" +
    "p{margin:2px 0 0}.meta{font-size:.875em;color:var(--kb-color-muted,#57606a)}" +
    "mark{background:var(--kb-color-mark,#fff3a3);color:inherit;padding:0 1px;border-radius:2px}" +
    ".toggle{margin:8px 0}button{margin:8px 0 0;padding:6px 14px;cursor:pointer;border:1px solid var(--kb-color-accent,#0a58ca);" +
    "color:var(--kb-color-accent,#0a58ca);background:var(--kb-color-background,#fff);border-radius:var(--kb-radius,8px)}" +
    ".error{margin:8px 0;padding:8px 10px;border-left:4px solid var(--kb-color-error,#b42318);" +
    "color:var(--kb-color-error,#b42318);background:var(--kb-color-error-background,#fef3f2)}";
  var sheet = null;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) node.setAttribute(name, attrs[name]);
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
  function unescape(text) {
    return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, function (m) {
      return ENTITIES[m];
    });
  }

  // The API sends escaped text with <mark> around matches. Nodes are built from it as text: nothing the
  // server sends is ever parsed as HTML.
  function highlighted(formatted, plain) {
    var frag = document.createDocumentFragment();
    if (typeof formatted !== "string" || !formatted) {
      frag.append(plain || "");
      return frag;
    }
    formatted.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
      if (part === "<mark>") return true;
      if (part === "</mark>") return false;
      if (part) frag.append(inMark ? el("mark", { part: "mark" }, [unescape(part)]) : unescape(part));
      return inMark;
    }, false);
    return frag;
  }

  function humanize(slug) {
    var words = String(slug).replace(/[-_]+/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function pathOf(url) {
    try {
      var parsed = new URL(url);
      return parsed.pathname + parsed.search;
    } catch (e) {
      return "";
    }
  }

  function safeHref(template, hit, lang) {
    var url = hit.url || "";
    var values = { url: url, path: pathOf(url), slug: hit.slug, type: hit.type, id: hit.id, lang: lang };
    var href = template.replace(/\{(url|path|slug|type|id|lang)\}/g, function (_, name) {
      var value = values[name] == null ? "" : String(values[name]);
      return name === "url" || name === "path" ? encodeURI(value) : encodeURIComponent(value);
    });
    try {
      var parsed = new URL(href, document.baseURI);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  class KennisbankSearch extends HTMLElement {
    static get observedAttributes() {
      return ["key", "lang", "api", "url-template"];
    }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: "open" });
      this.query = "";
      this.filters = { type: [], theme: [], language: [] };
      this.labels = {}; // "facet:value" -> label, so a chosen value keeps its name when its count drops to 0
      this.sortTouched = false;
      this.hits = [];
      this.seq = 0;
      this.timer = 0;
      this.controller = null;
      var self = this;
      this.root.addEventListener("keydown", function (event) {
        self.onKey(event);
      });
    }

    connectedCallback() {
      if (!this.form) this.render();
      this.search(false);
    }

    disconnectedCallback() {
      clearTimeout(this.timer);
      if (this.controller) this.controller.abort();
    }

    attributeChangedCallback(name, old, value) {
      if (!this.form || old === value) return;
      if (name === "lang") this.render();
      this.search(false);
    }

    get t() {
      var lang = (this.getAttribute("lang") || "nl").slice(0, 2).toLowerCase();
      return STRINGS[lang] || STRINGS.nl;
    }

    get langCode() {
      return this.t === STRINGS.en ? "en" : "nl";
    }

    setState(state) {
      this.setAttribute("state", state);
      this.list.setAttribute("aria-busy", state === "loading" ? "true" : "false");
    }

    render() {
      var t = this.t;
      var id = "kb-" + Math.random().toString(36).slice(2, 8);
      if (window.CSSStyleSheet && "adoptedStyleSheets" in this.root) {
        // A constructed sheet needs no 'unsafe-inline' in the partner page's Content-Security-Policy.
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
        }
        this.root.adoptedStyleSheets = [sheet];
        this.root.replaceChildren();
      } else {
        this.root.replaceChildren(el("style", {}, [CSS]));
      }
      this.input = el("input", {
        id: id + "-q",
        type: "search",
        part: "input",
        maxlength: String(MAX_QUERY),
        autocomplete: "off",
        spellcheck: "false",
        enterkeyhint: "search",
        placeholder: t.placeholder,
        "aria-controls": id + "-results",
        "aria-describedby": id + "-status",
      });
      this.input.value = this.query;
      this.form = el("form", { role: "search", part: "form", "aria-label": t.label }, [
        el("label", { for: id + "-q", part: "label" }, [t.label]),
        this.input,
      ]);
      this.status = el("div", { id: id + "-status", class: "status", part: "status", role: "status", "aria-live": "polite" });
      this.error = el("div", { class: "error", part: "error", role: "alert", hidden: "" });
      this.facets = el("div", { id: id + "-facets", class: "facets closed", part: "facets", role: "group", "aria-label": t.filters });
      this.toggle = el("button", { type: "button", class: "toggle", part: "filters-toggle", "aria-expanded": "false", "aria-controls": id + "-facets" }, [t.filters]);
      this.sort = el("select", { id: id + "-sort", part: "sort" });
      ["relevance", "newest", "oldest", "title"].forEach(function (value) {
        var option = el("option", { value: value }, [t.sorts[value]]);
        this.sort.append(option);
      }, this);
      this.list = el("ol", { id: id + "-results", part: "results", "aria-label": t.results });
      this.more = el("button", { type: "button", part: "more", hidden: "" }, [t.more]);
      this.root.append(el("div", { class: "kb", part: "container", lang: this.langCode }, [
        this.form,
        this.error,
        (this.body = el("div", { class: "body" }, [
          el("div", { class: "side", part: "sidebar" }, [this.toggle, this.facets]),
          el("div", { class: "main" }, [
            el("div", { class: "bar" }, [this.status, el("label", { for: id + "-sort", part: "sort-label" }, [t.sort, this.sort])]),
            this.list,
            this.more,
          ]),
        ])),
      ]));
      var self = this;
      this.toggle.addEventListener("click", function () {
        var open = self.facets.classList.toggle("closed") === false;
        self.toggle.setAttribute("aria-expanded", String(open));
      });
      this.sort.addEventListener("change", function () {
        self.sortTouched = true;
        self.search(false);
      });
      this.form.addEventListener("submit", function (event) {
        event.preventDefault();
        self.search(false);
      });
      this.input.addEventListener("input", function () {
        clearTimeout(self.timer);
        self.timer = setTimeout(function () {
          self.search(false);
        }, DEBOUNCE_MS);
      });
      this.more.addEventListener("click", function () {
        self.search(true);
      });
    }

    onKey(event) {
      var links = Array.prototype.slice.call(this.list.querySelectorAll("a"));
      var at = links.indexOf(this.root.activeElement);
      var target = null;
      var fromInput = this.root.activeElement === this.input;
      if (event.key === "ArrowDown" && (at >= 0 || fromInput)) target = links[at + 1]; // from the input: the first
      else if (event.key === "ArrowUp" && at >= 0) target = at === 0 ? this.input : links[at - 1];
      else if (event.key === "Home" && at >= 0) target = links[0];
      else if (event.key === "End" && at >= 0) target = links[links.length - 1];
      else if (event.key === "Escape" && at >= 0) target = this.input;
      if (target) {
        event.preventDefault();
        target.focus();
      }
    }

    fail(message, retry) {
      this.setState("error");
      this.error.replaceChildren(el("p", {}, [message]));
      if (retry) {
        var button = el("button", { type: "button", part: "retry" }, [this.t.retry]);
        var self = this;
        button.addEventListener("click", function () {
          self.search(false);
        });
        this.error.append(button);
      }
      this.error.hidden = false;
      this.status.textContent = "";
      this.list.replaceChildren();
      this.facets.replaceChildren();
      this.more.hidden = true;
      this.body.hidden = true; // nothing to sort or filter: the message is all there is
      this.hits = [];
    }

    search(append) {
      var t = this.t;
      var key = (this.getAttribute("key") || "").trim();
      clearTimeout(this.timer);
      if (!KEY.test(key)) return this.fail(t.badKey, false);
      var raw = this.input.value;
      var cut = raw.length > MAX_QUERY;
      var q = raw.slice(0, MAX_QUERY).trim();
      if (cut) this.input.value = raw.slice(0, MAX_QUERY);
      if (!append) {
        this.query = q;
        this.hits = [];
      }
      var api = (this.getAttribute("api") || SCRIPT_ORIGIN).replace(/\/+$/, "");
      // Newest first until someone searches (then the best matches), unless the reader chose an order.
      if (!this.sortTouched) this.sort.value = this.query ? "relevance" : "newest";
      var params = new URLSearchParams({
        q: this.query,
        limit: String(PAGE),
        offset: String(this.hits.length),
        sort: this.sort.value,
        locale: this.langCode,
      });
      for (var name in this.filters) {
        params.append("facets", name);
        this.filters[name].forEach(function (v) {
          params.append(name, v);
        });
      }
      if (this.controller) this.controller.abort();
      var controller = (this.controller = new AbortController());
      var timeout = setTimeout(function () {
        controller.abort();
      }, TIMEOUT_MS);
      var seq = ++this.seq;
      var self = this;
      this.setState("loading");
      this.status.textContent = t.loading;
      fetch(api + "/api/v1/search?" + params, {
        headers: { "X-Search-Key": key, Accept: "application/json" },
        credentials: "omit",
        mode: "cors",
        signal: controller.signal,
      })
        .then(function (response) {
          if (!response.ok) throw response.status;
          return response.json();
        })
        .then(function (body) {
          if (seq !== self.seq) return;
          self.show(body, append, cut);
        })
        .catch(function (problem) {
          if (seq !== self.seq) return;
          // The API lets the page read why a key is refused (app/web/cors.py): another site's, or no longer valid.
          if (problem === 403) self.fail(t.denied, false);
          else if (problem === 401) self.fail(t.expired, false);
          else if (problem === 400 || problem === 422) self.fail(t.invalid, false);
          else self.fail(t.down, true); // API down, offline, timeout: all look the same from here
        })
        .finally(function () {
          clearTimeout(timeout);
        });
    }

    show(body, append, cut) {
      var t = this.t;
      var self = this;
      var meta = body.meta || {};
      var found = body.data || [];
      var total = meta.total || 0;
      var first = this.hits.length;
      this.hits = this.hits.concat(found);
      this.error.hidden = true;
      this.body.hidden = false;
      this.setState(this.hits.length ? "results" : "empty");
      this.status.textContent =
        (this.hits.length ? t.count(total, this.query) : t.empty(this.query)) + (cut ? " " + t.cut : "");
      if (!append) this.list.replaceChildren();
      found.forEach(function (hit) {
        self.list.append(self.result(hit));
      });
      this.renderFacets(meta.facets || {});
      this.more.hidden = meta.next_offset == null || !found.length;
      if (append) {
        var link = this.list.querySelectorAll("a")[first];
        if (link) link.focus(); // keyboard users continue where the new results start
      }
    }

    result(hit) {
      var t = this.t;
      var formatted = hit._formatted || {};
      var template = this.getAttribute("url-template") || "{url}";
      var href = safeHref(template, hit, this.langCode);
      var title = el(href ? "a" : "span", href ? { href: href, part: "result-link" } : { part: "result-title" }, [
        highlighted(formatted.title, hit.title),
      ]);
      var meta = [t.types[hit.type] || humanize(hit.type)];
      if (hit.year) meta.push(String(hit.year));
      var item = el("li", { part: "result", lang: hit.language || this.langCode }, [title]);
      if (hit.summary) item.append(el("p", { part: "snippet" }, [highlighted(formatted.summary, hit.summary)]));
      item.append(el("p", { class: "meta", part: "meta" }, [meta.join(" · ")]));
      return item;
    }

    renderFacets(facets) {
      var t = this.t;
      var self = this;
      var focused = this.root.activeElement;
      var focusedValue = focused && focused.dataset ? focused.dataset.facet : null;
      var refocus = null;
      this.facets.replaceChildren();
      Object.keys(this.filters).forEach(function (name) {
        var values = (facets[name] || []).slice();
        values.forEach(function (v) {
          self.labels[name + ":" + v.value] = v.label;
        });
        self.filters[name].forEach(function (value) {
          if (!values.some(function (v) { return v.value === value; })) {
            values.push({ value: value, label: self.labels[name + ":" + value] || value, count: 0 });
          }
        });
        if (!values.length) return;
        var set = el("fieldset", { class: "facet", part: "facet" }, [el("legend", {}, [t[name]])]);
        values.forEach(function (v) {
          var box = el("input", { type: "checkbox", "data-facet": name + ":" + v.value });
          box.checked = self.filters[name].indexOf(v.value) >= 0;
          box.addEventListener("change", function () {
            var list = self.filters[name].filter(function (x) {
              return x !== v.value;
            });
            if (box.checked) list.push(v.value);
            self.filters[name] = list;
            self.search(false);
          });
          set.append(el("label", { part: "facet-option" }, [box, el("span", {}, [v.label + " ", el("span", { class: "n" }, ["(" + v.count + ")"])])]));
          if (focusedValue === name + ":" + v.value) refocus = box;
        });
        self.facets.append(set);
      });
      if (refocus) refocus.focus(); // a checkbox just toggled keeps the focus across the re-render
    }
  }

  customElements.define("kennisbank-search", KennisbankSearch);
})();
