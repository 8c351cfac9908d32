// Hands the reference number in this page's address (?reference=…, from the application form's
// confirmation) to the status tracker. The access code travels in the address's fragment, which
// the tracker reads itself and removes. An external script, so the site's CSP needs no
// 'unsafe-inline'.
(() => {
  'use strict';
  const apply = () => {
    const reference = new URLSearchParams(location.search).get('reference');
    const tracker = document.querySelector('saar-status-tracker');
    if (tracker && reference) tracker.setAttribute('reference', reference);
  };
  apply();
  window.addEventListener('saar-portal-login-return', apply);
})();
