/**
 * Starts the comparison tool from a script file (no inline script, so the page works under a
 * strict Content-Security-Policy): reads its settings from the host element's data
 * attributes and renders the island there.
 */
// First: the schemas that reach this bundle must not probe for eval under the CSP.
import '../../schemas/zod-jitless';
import { createRoot } from 'react-dom/client';
import CompareApp from './CompareApp';

const host = document.getElementById('compare-app');
if (host) {
  const defaultCases = (host.dataset.defaultCases ?? '').split(',').filter(Boolean);
  const dataBase = host.dataset.dataBase ?? '';
  const datasetVersion = host.dataset.datasetVersion ?? '';
  createRoot(host).render(
    <CompareApp defaultCases={defaultCases} dataBase={dataBase} datasetVersion={datasetVersion} />,
  );
}
