// Hands the service and town the citizen chose in the service finder (the query parameters of
// its "apply online" link: ?service=…&ars=…) to the application form on this page. An external
// script, so the site's CSP needs no 'unsafe-inline'. A town could as well write the attributes
// into its page itself.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const form = document.querySelector('saar-application-form');
  if (!form) return;
  const service = params.get('service');
  const ars = params.get('ars');
  if (service) form.setAttribute('service', service);
  if (ars && /^\d{12}$/.test(ars)) form.setAttribute('municipality', ars);
})();
