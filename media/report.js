// Figure Check report: filter rows by verdict, jump to a figure, ask for a markdown export.
// Loaded by nonce under a strict CSP; it only reads data-* attributes and posts messages.
(function () {
  const vscode = acquireVsCodeApi();
  const rows = Array.from(document.querySelectorAll('tr.row'));
  const filters = Array.from(document.querySelectorAll('button.filter'));
  let current = (vscode.getState() && vscode.getState().filter) || 'all';

  function applyFilter(verdict) {
    current = verdict;
    for (const b of filters) b.classList.toggle('active', b.dataset.verdict === verdict);
    for (const r of rows) r.classList.toggle('hidden', verdict !== 'all' && r.dataset.verdict !== verdict);
    vscode.setState({ filter: verdict });
  }

  for (const b of filters) b.addEventListener('click', () => applyFilter(b.dataset.verdict));
  if (!filters.some((b) => b.dataset.verdict === current)) current = 'all';
  applyFilter(current);

  function reveal(row) {
    vscode.postMessage({ type: 'reveal', start: Number(row.dataset.start), end: Number(row.dataset.end) });
  }
  for (const r of rows) {
    r.addEventListener('click', (event) => {
      if (event.target && event.target.closest && event.target.closest('a')) return; // links open the source
      reveal(r);
    });
    r.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal(r);
      }
    });
  }
  const exportButton = document.getElementById('export');
  if (exportButton) exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
})();
