/**
 * On the 404 page: an address that is a code's page written in another case or width (/controls/codes/1e902.a/,
 * /codes/203912x/, also under /en/) names the code and links its page. The page lists the codes that have one.
 */
import { normalizeCode, normalizeControlCode } from '../lib/shared/codes.ts';

const hint = document.getElementById('code-hint');
const m = /^(\/en)?\/(controls\/)?codes\/([^/]+)\/?$/.exec(location.pathname);
if (hint && m) {
  let typed = m[3]!;
  try {
    typed = decodeURIComponent(typed);
  } catch {
    // A broken percent escape is no code.
  }
  const control = Boolean(m[2]);
  const code = control ? normalizeControlCode(typed) : normalizeCode(typed);
  const known = (hint.dataset[control ? 'controlCodes' : 'codes'] ?? '').split(' ');
  if (code && known.includes(code)) {
    // English code pages exist for both regimes when the page says so; otherwise the Chinese page.
    const prefix = m[1] && hint.dataset[control ? 'controlPrefix' : 'codePrefix'] === '/en' ? '/en' : '';
    const a = hint.querySelector('a')!;
    a.href = `${prefix}/${control ? 'controls/' : ''}codes/${code}/`;
    a.textContent = code;
    hint.hidden = false;
  }
}
