// Hands the service and town the citizen chose in the service finder (the query parameters of
// its "apply online" link: ?service=…&ars=…) to the application form on this page. An external
// script, so the site's CSP needs no 'unsafe-inline'. A town could as well write the attributes
// into its page itself.
//
// After a login the citizen account sends the browser back to this page without the query (it
// carries the login's answer instead); the widgets put the address back and fire
// `saar-portal-login-return` on window, when this script reads it again.
(() => {
  'use strict';
  const apply = () => {
    const params = new URLSearchParams(location.search);
    const form = document.querySelector('saar-application-form');
    if (!form) return;
    const service = params.get('service');
    const ars = params.get('ars');
    if (service) form.setAttribute('service', service);
    if (ars && /^\d{12}$/.test(ars)) form.setAttribute('municipality', ars);
  };
  apply();
  window.addEventListener('saar-portal-login-return', apply);
})();
