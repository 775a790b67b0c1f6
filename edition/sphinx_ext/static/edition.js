// The edition's page behaviour: copy a citation; cite one paragraph from its margin number.
document.addEventListener("DOMContentLoaded", () => {
  const copy = async (text, button) => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (error) {
      button.textContent = "Select and copy";
    }
    setTimeout(() => { button.textContent = "Copy"; }, 2000);
  };
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.cite-copy");
    if (button) {
      const target = document.getElementById(button.dataset.copy);
      if (target) copy(target.textContent.trim(), button);
    }
  });
  // A notebook's code cell, copied as it reads (sphinx-copybutton's three files are not loaded).
  document.querySelectorAll("div.cell_input div.highlight").forEach((cell, index) => {
    const code = cell.querySelector("pre");
    if (!code) return;
    code.id = code.id || `code-cell-${index + 1}`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy code-copy";
    button.dataset.copy = code.id;
    button.textContent = "Copy";
    button.setAttribute("aria-label", `Copy the code of cell ${index + 1}`);
    cell.prepend(button);
  });
  const box = document.getElementById("cite-this");
  if (!box) return;
  // A panel of citation forms (Chicago, MLA, APA) for one paragraph or note: `forms` are the
  // box's templates [[style, label, html]], with `placeholder` where the number goes.
  const showPanel = (id, heading, forms, placeholder, number, place) => {
    let panel = document.getElementById(id);
    if (!panel) {
      panel = document.createElement("div");
      panel.id = id;
      panel.className = "cite-paragraph";
      panel.setAttribute("role", "region");
      panel.setAttribute("aria-live", "polite");
    }
    panel.setAttribute("aria-label", heading);
    panel.innerHTML = `<p class="cite-heading">${heading}</p>` + forms.map(([style, label, html]) =>
      `<p class="cite-label">${label}</p>` +
      `<p class="cite-text" id="${id}-${style}">${html.split(placeholder).join(number)}</p>` +
      `<button type="button" class="cite-copy" data-copy="${id}-${style}" aria-label="Copy: ${label}">Copy</button>`
    ).join("");
    place(panel);
  };
  if (box.dataset.paragraphForms) {
    const forms = JSON.parse(box.dataset.paragraphForms);
    document.querySelectorAll("a.para-num").forEach((link) => {
      link.addEventListener("click", () => {
        const number = link.textContent.trim();
        const paragraph = link.closest("p.numbered, ul.numbered");
        showPanel("cite-paragraph", `Cite paragraph ${number}`, forms, box.dataset.placeholder, number,
          (panel) => paragraph.after(panel));
      });
    });
  }
  if (box.dataset.noteForms) {
    const forms = JSON.parse(box.dataset.noteForms);
    document.querySelectorAll('aside.footnote[id^="fn-"]').forEach((note) => {
      const number = note.id.slice(3);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite-note";
      button.textContent = "Cite this note";
      button.setAttribute("aria-label", `Cite note ${number}`);
      button.addEventListener("click", () => {
        showPanel("cite-note", `Cite note ${number}`, forms, box.dataset.notePlaceholder, number,
          (panel) => note.append(panel));
      });
      note.append(button);
    });
  }
});

// ---- The reading page (reading_page.py); in this file so that every page makes one request fewer.
// The reading page (its CSS in edition.css; edition/sphinx_ext/reading_page.py): the control of the two
// views, remembered in localStorage; notes shown where they are called, on hover and focus.
(() => {
  const KEY = "edition-view";
  const root = document.documentElement;
  const stored = () => { try { return localStorage.getItem(KEY); } catch (error) { return null; } };
  const remember = (view) => { try { localStorage.setItem(KEY, view); } catch (error) { /* private mode */ } };
  // Before the page is drawn (this script is in <head>): no flash of the other view.
  root.classList.toggle("study-view", stored() === "study");

  const isStudy = () => root.classList.contains("study-view");
  // Out of the reading view's tab order: what it does not show as links or marks.
  const tabStops = () => {
    const study = isStudy();
    document.querySelectorAll("a.index-link, a.term-link").forEach((link) => {
      if (study) link.removeAttribute("tabindex"); else link.setAttribute("tabindex", "-1");
    });
    document.querySelectorAll("span.emendation[aria-describedby]").forEach((mark) => {
      mark.setAttribute("tabindex", study ? "0" : "-1");
    });
  };
  // In the margin, a paragraph's box stands beside its first line; a box taller than its
  // paragraph would run into the next one, which then moves down (CSS cannot stack them).
  const wide = window.matchMedia("(min-width: 1200px)");
  const settle = () => {
    let bottom = -Infinity;
    document.querySelectorAll("p.numbered > span.paragraph-apparatus").forEach((box) => {
      box.style.top = "";
      if (!isStudy() || !wide.matches) return;
      const place = box.getBoundingClientRect();
      if (place.top < bottom + 6) {
        box.style.top = `${parseFloat(getComputedStyle(box).top) + bottom + 6 - place.top}px`;
      }
      bottom = box.getBoundingClientRect().bottom;
    });
  };
  const setView = (view, button) => {
    root.classList.toggle("study-view", view === "study");
    if (button) button.setAttribute("aria-pressed", String(view === "study"));
    tabStops();
    settle();
  };

  // A link to a place only the study view shows (an editor's call, from its note) opens it.
  const showTarget = (button) => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (target && !isStudy() && target.getClientRects().length === 0) {
      setView("study", button);
      target.scrollIntoView();
    }
  };

  const preview = (() => {
    let box = null, hideTimer = null;
    const content = (href) => {
      const id = decodeURIComponent((href || "").split("#")[1] || "");
      const note = id && document.getElementById(id);
      if (!note || !(note.matches("aside.footnote") || note.matches("li.editorial-note"))) return null;
      const copy = note.cloneNode(true);
      copy.querySelectorAll("span.label, p.bib-links, button, div.note-apparatus, div.cite-paragraph, " +
                            "a.editorial-note-back").forEach((e) => e.remove());
      copy.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id"));
      copy.querySelectorAll("a, [tabindex]").forEach((e) => e.setAttribute("tabindex", "-1"));
      return copy.innerHTML;
    };
    const hide = () => { if (box) { box.remove(); box = null; } };
    const show = (link) => {
      const html = content(link.getAttribute("href"));
      if (!html) return;
      clearTimeout(hideTimer);
      hide();
      box = document.createElement("div");
      box.className = "note-preview";
      box.id = "note-preview";
      box.setAttribute("role", "tooltip");
      box.innerHTML = html;
      box.addEventListener("mouseenter", () => clearTimeout(hideTimer));
      box.addEventListener("mouseleave", () => { hideTimer = setTimeout(hide, 250); });
      document.body.append(box);
      link.setAttribute("aria-describedby", "note-preview");
      const place = link.getBoundingClientRect();
      const width = box.offsetWidth;
      const left = Math.max(8, Math.min(place.left + scrollX, scrollX + document.documentElement.clientWidth - width - 8));
      box.style.left = `${left}px`;
      box.style.top = `${place.bottom + scrollY + 6}px`;
    };
    const leave = (link) => {
      link.removeAttribute("aria-describedby");
      hideTimer = setTimeout(hide, 250);
    };
    return { show, leave, hide };
  })();

  document.addEventListener("DOMContentLoaded", () => {
    window.addEventListener("beforeprint", () => {
      document.querySelectorAll("details.folded").forEach((d) => { d.open = true; });
    });
    const article = document.querySelector("article.bd-article");
    if (!article || !document.getElementById("headnote") || !article.querySelector("p.numbered, ul.numbered")) {
      return;  // not a text chapter
    }
    const title = article.querySelector("h1");
    const control = document.createElement("div");
    control.className = "view-control";
    control.innerHTML = '<button type="button" class="view-toggle" aria-pressed="false" ' +
      'aria-describedby="view-hint">Study view</button>' +
      '<span class="view-hint" id="view-hint">links to the index, corrections, ' +
      "cross-references, editor's notes</span>";
    (title || article.firstElementChild).after(control);
    const button = control.querySelector("button");
    setView(isStudy() ? "study" : "reading", button);
    button.addEventListener("click", () => {
      const view = isStudy() ? "reading" : "study";
      setView(view, button);
      remember(view);
    });
    showTarget(button);
    window.addEventListener("hashchange", () => showTarget(button));
    wide.addEventListener("change", settle);
    window.addEventListener("resize", settle);
    if (document.fonts) document.fonts.ready.then(settle);

    // On a wide screen the boxes beside the paragraphs take the right margin: the page's
    // contents (the theme's secondary sidebar) steps aside while one of them is in view.
    const contents = document.querySelector(".bd-sidebar-secondary");
    if (contents && "IntersectionObserver" in window) {
      const inView = new Set();
      const observer = new IntersectionObserver((entries) => {
        entries.forEach((entry) => { if (entry.isIntersecting) inView.add(entry.target); else inView.delete(entry.target); });
        contents.classList.toggle("reading-aside", inView.size > 0);
      }, { rootMargin: "0px 0px -33% 0px" });
      article.querySelectorAll("p.numbered > span.paragraph-apparatus").forEach((box) => observer.observe(box));
    }

    const calls = "a.footnote-reference, sup.editorial-note-ref a, a.ednote-pointer-link";
    article.addEventListener("mouseover", (event) => {
      const link = event.target.closest(calls);
      if (link) preview.show(link);
    });
    article.addEventListener("mouseout", (event) => {
      const link = event.target.closest(calls);
      if (link && !link.contains(event.relatedTarget)) preview.leave(link);
    });
    article.addEventListener("focusin", (event) => {
      // The source's reading, shown under a focused emendation, is on screen too.
      const original = event.target.matches("span.emendation") && event.target.querySelector(".emendation-original");
      if (original) requestAnimationFrame(() => original.scrollIntoView({ block: "nearest" }));
      const link = event.target.closest(calls);
      if (link) preview.show(link); else preview.hide();
    });
    article.addEventListener("focusout", (event) => {
      const link = event.target.closest(calls);
      if (link) preview.leave(link);
    });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") preview.hide(); });
  });
})();
