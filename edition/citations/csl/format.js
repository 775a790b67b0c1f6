// Format CSL-JSON items with citeproc-js (the reference CSL processor, used by Zotero).
// stdin: {"style": "<xml>", "locale": "<xml>", "items": [...], "notes": [[id, locator], ...]}
// stdout: {"bibliography": {"id": "<html>" | null}, "notes": ["<html>", ...]}
// One engine (building one parses the whole style: slow); each item is registered alone
// before its entry is made, so every entry is certainly the one of its id. An entry the
// style leaves out of a bibliography (Chicago: unpublished interviews, papers) is null.
const CSL = require("citeproc");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const items = Object.fromEntries(input.items.map((item) => [item.id, item]));
const sys = { retrieveLocale: () => input.locale, retrieveItem: (id) => items[id] };
const engine = new CSL.Engine(sys, input.style);
const result = { bibliography: {}, notes: [] };
for (const item of input.items) {
  engine.updateItems([item.id]);
  const bib = engine.makeBibliography();
  result.bibliography[item.id] = bib && bib[1].length === 1 ? bib[1][0].trim() : null;
}
for (const [id, locator, label] of input.notes || []) {
  engine.updateItems([id]);
  result.notes.push(engine.makeCitationCluster([{ id, ...(locator ? { locator, label: label || "page" } : {}) }]));
}
process.stdout.write(JSON.stringify(result));
