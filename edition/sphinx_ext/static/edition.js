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
  const template = box.dataset.paragraphChicago;
  const placeholder = box.dataset.placeholder;
  document.querySelectorAll("a.para-num").forEach((link) => {
    link.addEventListener("click", () => {
      const number = link.textContent.trim();
      const paragraph = link.closest("p.numbered, ul.numbered");
      let panel = document.getElementById("cite-paragraph");
      if (!panel) {
        panel = document.createElement("div");
        panel.id = "cite-paragraph";
        panel.className = "cite-paragraph";
        panel.setAttribute("role", "region");
        panel.setAttribute("aria-live", "polite");
      }
      panel.setAttribute("aria-label", `Cite paragraph ${number}`);
      panel.innerHTML = `<p class="cite-label">Cite paragraph ${number} (Chicago note)</p>` +
        `<p class="cite-text" id="cite-paragraph-text">${template.split(placeholder).join(number)}</p>` +
        `<button type="button" class="cite-copy" data-copy="cite-paragraph-text">Copy</button>`;
      paragraph.after(panel);
    });
  });
});
