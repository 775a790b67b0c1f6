"""The edition's cross-document state: where each name and term of the index and glossary
occurs, by page. A Sphinx Domain, so that it is pickled with the environment, purged when
a page is re-read, and merged from parallel readers (`-j`)."""

from __future__ import annotations

from sphinx.domains import Domain


class EditionDomain(Domain):
    name = "edition"
    label = "Edition"
    # occurrences: docname -> [(entry id, kind, anchor, paragraph id)];
    # shown: page -> digest of what a page built from every chapter showed when last built
    # (kept by the main process across builds; no reader sets it, so no page's purge drops it)
    initial_data = {"occurrences": {}, "shown": {}}
    data_version = 2

    @property
    def occurrences(self) -> dict[str, list[tuple[str, str, str, str]]]:
        return self.data.setdefault("occurrences", {})

    def note_occurrences(self, docname: str, found: list[tuple[str, str, str, str]]) -> None:
        self.occurrences[docname] = list(found)

    def places(self, entry_id: str) -> dict[str, list[tuple[str, str]]]:
        """page -> [(anchor, paragraph id)] of one entry, pages in name order."""
        out = {}
        for docname in sorted(self.occurrences):
            found = [(anchor, paragraph) for eid, _, anchor, paragraph in self.occurrences[docname] if eid == entry_id]
            if found:
                out[docname] = found
        return out

    def shown_changed(self, page: str, digest: str) -> bool:
        """Whether `page` now shows something else than when last built (and remember it)."""
        shown = self.data.setdefault("shown", {})
        changed = shown.get(page) != digest
        shown[page] = digest
        return changed

    def clear_doc(self, docname: str) -> None:
        self.occurrences.pop(docname, None)

    def merge_domaindata(self, docnames, otherdata) -> None:
        for docname in docnames:
            if docname in otherdata.get("occurrences", {}):
                self.occurrences[docname] = otherdata["occurrences"][docname]

    def resolve_any_xref(self, env, fromdocname, builder, target, node, contnode):
        return []
