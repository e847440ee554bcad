// Sealnote's only script: a progress indicator for slow forms. Pages work without it.
"use strict";

document.addEventListener("submit", (event) => {
  const form = event.target;
  const button = event.submitter;
  if (!(form instanceof HTMLFormElement) || !form.dataset.progress) return;
  if (button && button.hasAttribute("data-no-progress")) return;
  if (form.dataset.busy === "yes") {  // a second click would send the dictation twice
    event.preventDefault();
    return;
  }
  form.dataset.busy = "yes";
  form.setAttribute("aria-busy", "true");
  const status = document.createElement("div");
  status.className = "progress";
  status.setAttribute("role", "status");
  const bar = document.createElement("span");
  bar.className = "progress-bar";
  const words = document.createElement("span");
  words.textContent = form.dataset.progress;
  status.append(bar, words);
  form.append(status);
  for (const control of form.querySelectorAll("button")) control.classList.add("waiting");
});
