// Print buttons: shown only once this script runs (a page without scripts keeps its links), and
// a file of its own because the site's CSP allows no inline script.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
