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
