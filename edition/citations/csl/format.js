// Format CSL-JSON items with citeproc-js (the reference CSL processor, used by Zotero).
// stdin: {"style": "<xml>", "locale": "<xml>", "items": [...], "notes": [cluster, ...]}
//   a cluster is [id, locator, label] (one cite) or {"cites": [{id, locator, label, prefix}, ...]}
//   (several cites in one note, each with the processor's own prefix and locator handling)
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
const cite = ({ id, locator, label, prefix }) => ({
  id, ...(locator ? { locator, label: label || "page" } : {}), ...(prefix ? { prefix } : {}),
});
for (const request of input.notes || []) {
  const cites = Array.isArray(request) ? [{ id: request[0], locator: request[1], label: request[2] }] : request.cites;
  engine.updateItems(cites.map((c) => c.id));
  result.notes.push(engine.makeCitationCluster(cites.map(cite)));
}
process.stdout.write(JSON.stringify(result));
