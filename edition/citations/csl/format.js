// Format CSL-JSON items with citeproc-js (the reference CSL processor, used by Zotero).
// One process serves every request of a build (or of a command): a request is one line of JSON
// on stdin, {"style": "<xml>", "locale": "<xml>", "items": [...], "notes": [cluster, ...]};
//   a cluster is [id, locator, label] (one cite) or {"cites": [{id, locator, label, prefix}, ...]}
//   (several cites in one note, each with the processor's own prefix and locator handling);
// the answer is one line on stdout, {"bibliography": {"id": "<html>" | null}, "notes": ["<html>", ...]}
// or {"error": "..."}. With "unlisted_as_notes": true the answer also has {"unlisted": {"id": "<html>"}}: the
// note form of each item the bibliography leaves out, made in the same request. Building an engine
// parses the whole style (1-2 s for Chicago), so there is one engine per style and locale, kept between requests; each request starts from an empty
// registry, and each item is registered alone before its entry is made, so every entry is
// certainly the one of its id. An entry the style leaves out of a bibliography (Chicago:
// unpublished interviews, papers) is null.
const CSL = require("citeproc");
const readline = require("readline");

console.log = (...words) => process.stderr.write(words.join(" ") + "\n"); // stdout is the answers' alone

// citeproc-js finds a macro by walking the whole style tree at each call of it (most of an
// engine's build: 0.9 s of Chicago's 2.4 s). The macros of a style, indexed by name once; a name
// the index lacks (a macro a module added later) is looked for by the walk, as before.
// Applied when this file runs as the processor; `require`d (tests/build/test_csl_macro_index_built.py),
// it leaves citeproc-js as it is, so that the two can be compared.
function indexMacros() {
  const walk = CSL.XmlJSON.prototype.getNodesByName;
  const macrosByStyle = new WeakMap();
  CSL.XmlJSON.prototype.getNodesByName = function (tree, name, nameattrval, ret) {
    if (name !== "macro" || !nameattrval || ret || !tree || tree !== this.dataObj) {
      return walk.call(this, tree, name, nameattrval, ret);
    }
    if (!macrosByStyle.has(tree)) {
      const index = new Map();
      for (const node of walk.call(this, tree, "macro")) {
        const key = node.attrs && node.attrs.name;
        if (!index.has(key)) index.set(key, []);
        index.get(key).push(node);
      }
      macrosByStyle.set(tree, index);
    }
    const found = macrosByStyle.get(tree).get(nameattrval);
    return found ? found.slice() : walk.call(this, tree, name, nameattrval, ret);
  };
}

let items = {};
const engines = new Map();

function engineFor(style, locale) {
  const key = `${style}\u0000${locale}`;
  if (!engines.has(key)) {
    const sys = { retrieveLocale: () => locale, retrieveItem: (id) => items[id] };
    engines.set(key, new CSL.Engine(sys, style));
  }
  return engines.get(key);
}

const cite = ({ id, locator, label, prefix }) => ({
  id, ...(locator ? { locator, label: label || "page" } : {}), ...(prefix ? { prefix } : {}),
});

function format(input) {
  items = Object.fromEntries(input.items.map((item) => [item.id, item]));
  const engine = engineFor(input.style, input.locale);
  engine.updateItems([]); // nothing registered by an earlier request stays
  const result = { bibliography: {}, notes: [] };
  for (const item of input.items) {
    engine.updateItems([item.id]);
    const bib = engine.makeBibliography();
    result.bibliography[item.id] = bib && bib[1].length === 1 ? bib[1][0].trim() : null;
  }
  for (const request of input.notes || []) {
    const cites = Array.isArray(request) ? [{ id: request[0], locator: request[1], label: request[2] }] : request.cites;
    engine.updateItems(cites.map((c) => c.id));
    result.notes.push(engine.makeCitationCluster(cites.map(cite)));
  }
  if (input.unlisted_as_notes) {
    result.unlisted = {};
    for (const [id, entry] of Object.entries(result.bibliography)) {
      if (entry !== null) continue;
      engine.updateItems([id]);
      result.unlisted[id] = engine.makeCitationCluster([cite({ id })]);
    }
  }
  engine.updateItems([]);
  return result;
}

if (require.main === module) {
  indexMacros();
  readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
    if (!line.trim()) return;
    let answer;
    try {
      answer = format(JSON.parse(line));
    } catch (error) {
      answer = { error: String(error && error.stack ? error.stack : error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  });
} else {
  module.exports = { format };
}
