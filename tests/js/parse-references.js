// Read reference files with citation-js (an independent parser of BibTeX, RIS and CSL-JSON)
// and print what it understood, as CSL-JSON: the tests compare it with the edition's records.
// argv: files; stdout: {"<file>": [CSL items...]}
const Cite = require("citation-js");
const fs = require("fs");
const out = {};
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const format = file.endsWith(".bib") ? "@biblatex/text" : file.endsWith(".ris") ? "@ris/file" : "@csl/list+object";
  out[file] = new Cite(format === "@csl/list+object" ? JSON.parse(text) : text, { forceType: format }).data;
}
process.stdout.write(JSON.stringify(out));
