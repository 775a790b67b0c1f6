// Format CSL-JSON items with citeproc-js (the reference CSL processor, used by Zotero).
// stdin: {"style": "<xml>", "locale": "<xml>", "items": [...], "notes": [[id, locator], ...]}
// stdout: {"bibliography": {"id": "<html>"}, "notes": ["<html>", ...]}
// Each item is formatted on its own, so every entry is certainly the one of its id
// (the page groups and orders entries itself). An entry the style omits is null.
const CSL = require("citeproc");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const items = Object.fromEntries(input.items.map((item) => [item.id, item]));
const sys = { retrieveLocale: () => input.locale, retrieveItem: (id) => items[id] };
const result = { bibliography: {}, notes: [] };
for (const item of input.items) {
  const engine = new CSL.Engine(sys, input.style);
  engine.updateItems([item.id]);
  const bib = engine.makeBibliography();
  // null: the style leaves this kind out of a bibliography (Chicago: unpublished interviews, papers)
  result.bibliography[item.id] = bib && bib[1].length === 1 ? bib[1][0].trim() : null;
}
for (const [id, locator] of input.notes || []) {
  const engine = new CSL.Engine(sys, input.style);
  const citation = { citationItems: [{ id, ...(locator ? { locator, label: "page" } : {}) }],
                     properties: { noteIndex: 1 } };
  result.notes.push(engine.processCitationCluster(citation, [], [])[1][0][1]);
}
process.stdout.write(JSON.stringify(result));
