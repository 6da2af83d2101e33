/** Copy-citation buttons: shown only when this script runs; copies the citation text beside the button. */
const english = document.documentElement.lang === 'en';
function setup(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  const text = root.querySelector<HTMLElement>('[data-cite-text]');
  if (!button || !status || !text) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const value = text.dataset.citeText ?? text.innerText;
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = english ? 'Copied' : '已复制 / Copied';
    } catch {
      const details = root.querySelector('details');
      if (details) details.open = true;
      const range = document.createRange();
      range.selectNodeContents(text);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      status.textContent = english ? 'Press Ctrl+C to copy' : '请按 Ctrl+C 复制 / Press Ctrl+C to copy';
    }
  });
}

document.querySelectorAll<HTMLElement>('[data-cite]').forEach(setup);
